import type { UploadFile, UploadFilesStatus } from '@ayni/contracts';
import { api, apiDownload, type Download, type Envelope } from '../../../lib/api-client';

const one = (uploadId: string) => `/api/v1/uploads/${encodeURIComponent(uploadId)}`;

export const downloadKeys = {
  files: (uploadId: string) => ['upload', uploadId, 'files'] as const,
};

export interface UploadFiles {
  files: UploadFile[];
  status: UploadFilesStatus;
  /** How many files the upload will have once ready. */
  expected: number;
}

/** The files built after an upload (each level as CSV, `levels.xlsx`) and whether more are coming. */
export async function listUploadFiles(uploadId: string, signal?: AbortSignal): Promise<UploadFiles> {
  const body = await api.get<Envelope<UploadFile[], { status: UploadFilesStatus; expected: number }>>(
    `${one(uploadId)}/files`,
    { signal },
  );
  return { files: body.data, status: body.meta.status, expected: body.meta.expected };
}

/** One of the upload's files, fetched with the Bearer token. */
export function downloadUploadFile(
  uploadId: string,
  file: Pick<UploadFile, 'name' | 'content_type'>,
): Promise<Download> {
  return apiDownload(`${one(uploadId)}/files/${encodeURIComponent(file.name)}`, file.content_type);
}
