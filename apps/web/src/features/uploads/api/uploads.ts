import type {
  ListMeta,
  MappingSpecInput,
  MappingTemplate,
  PeriodChange,
  Upload,
  UploadNote,
  UploadPreview,
  UploadStatus,
} from '@ayni/contracts';
import { api, apiDownload, type Download, type Envelope } from '../../../lib/api-client';

const company = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;
const one = (uploadId: string) => `/api/v1/uploads/${encodeURIComponent(uploadId)}`;

export const uploadKeys = {
  all: (companyId: string) => ['uploads', companyId] as const,
  list: (companyId: string) => ['uploads', companyId, 'list'] as const,
  one: (uploadId: string) => ['upload', uploadId] as const,
  changes: (uploadId: string) => ['upload', uploadId, 'changes'] as const,
  notes: (uploadId: string) => ['upload', uploadId, 'notes'] as const,
  rejections: (uploadId: string) => ['upload', uploadId, 'rejections'] as const,
  templates: (companyId: string) => ['mapping-templates', companyId] as const,
};

/** What the form sends with the file: an explicit mapping or a template, the mode, the branch. */
export interface UploadFormFields {
  mapping?: MappingSpecInput | null;
  templateId?: string | null;
  mode?: 'append' | 'replace';
  location?: string | null;
}

/** The multipart body of both the preview and the upload: fields first, then the file. */
export function uploadFormData(file: File, fields: UploadFormFields = {}): FormData {
  const form = new FormData();
  if (fields.mapping) form.append('mapping', JSON.stringify(fields.mapping));
  if (fields.templateId) form.append('template_id', fields.templateId);
  if (fields.mode) form.append('mode', fields.mode);
  if (fields.mode === 'replace' && fields.location) form.append('location', fields.location);
  form.append('file', file, file.name);
  return form;
}

export async function previewUpload(
  companyId: string,
  file: File,
  fields: UploadFormFields,
  signal?: AbortSignal,
): Promise<UploadPreview> {
  const body = await api.post<Envelope<UploadPreview>>(
    `${company(companyId)}/uploads/preview`,
    uploadFormData(file, { mapping: fields.mapping, templateId: fields.templateId }),
    { signal },
  );
  return body.data;
}

export interface UploadAccepted {
  id: string;
  status: UploadStatus;
  status_url: string;
}

export async function createUpload(
  companyId: string,
  file: File,
  fields: UploadFormFields,
): Promise<UploadAccepted> {
  const body = await api.post<Envelope<UploadAccepted>>(
    `${company(companyId)}/uploads`,
    uploadFormData(file, fields),
  );
  return body.data;
}

/** Uploads per history page (the server allows up to 200). */
export const UPLOADS_PAGE_SIZE = 50;

/** One page of the history, newest first, and the cursor of the next (older) page if any. */
export interface UploadsPage {
  uploads: Upload[];
  /** `before` for the next page (an upload's position), or null when this was the last. */
  nextBefore: number | null;
}

/** `GET /companies/{id}/uploads?limit&before`: the page of uploads older than `before`. */
export async function listUploads(
  companyId: string,
  {
    before,
    limit = UPLOADS_PAGE_SIZE,
    signal,
  }: { before?: number; limit?: number; signal?: AbortSignal } = {},
): Promise<UploadsPage> {
  const body = await api.get<Envelope<Upload[], ListMeta & { next_before: number | null }>>(
    `${company(companyId)}/uploads`,
    { signal, query: { limit, before } },
  );
  return { uploads: body.data, nextBefore: body.meta.next_before ?? null };
}

export async function getUpload(uploadId: string, signal?: AbortSignal): Promise<Upload> {
  const body = await api.get<Envelope<Upload>>(one(uploadId), { signal });
  return body.data;
}

export async function cancelUpload(uploadId: string): Promise<Upload> {
  const body = await api.post<Envelope<Upload>>(`${one(uploadId)}/cancel`);
  return body.data;
}

export async function deleteUpload(uploadId: string): Promise<Upload> {
  const body = await api.delete<Envelope<Upload>>(one(uploadId));
  return body.data;
}

export async function getUploadChanges(uploadId: string, signal?: AbortSignal): Promise<PeriodChange[]> {
  const body = await api.get<Envelope<PeriodChange[]>>(`${one(uploadId)}/changes`, { signal });
  return body.data;
}

/** Why lines were warned or skipped, per reason code (exact counts, a few examples). */
export async function getUploadNotes(uploadId: string, signal?: AbortSignal): Promise<UploadNote[]> {
  const body = await api.get<Envelope<UploadNote[]>>(`${one(uploadId)}/warnings`, { signal });
  return body.data;
}

export async function getUploadRejections(uploadId: string, signal?: AbortSignal): Promise<UploadNote[]> {
  const body = await api.get<Envelope<UploadNote[]>>(`${one(uploadId)}/rejections`, { signal });
  return body.data;
}

/** Which lines a CSV download lists: the rejected ones, or the warned and skipped ones. */
export type IssuesCsv = 'rejections' | 'warnings';

/** The rejected (or warned and skipped) lines as CSV, fetched with the Bearer token. */
export function downloadIssues(uploadId: string, kind: IssuesCsv): Promise<Download> {
  return apiDownload(`${one(uploadId)}/${kind}.csv`, 'text/csv');
}

export async function listMappingTemplates(
  companyId: string,
  signal?: AbortSignal,
): Promise<MappingTemplate[]> {
  const body = await api.get<Envelope<MappingTemplate[], ListMeta>>(
    `${company(companyId)}/mapping-templates`,
    {
      signal,
    },
  );
  return body.data;
}

/** Renames a saved column mapping (members who upload data). */
export async function renameMappingTemplate(
  companyId: string,
  templateId: string,
  name: string,
): Promise<MappingTemplate> {
  const body = await api.patch<Envelope<MappingTemplate>>(
    `${company(companyId)}/mapping-templates/${encodeURIComponent(templateId)}`,
    { name },
  );
  return body.data;
}

/** Removes a saved column mapping; uploads made with it keep their data. */
export async function deleteMappingTemplate(companyId: string, templateId: string): Promise<void> {
  await api.delete(`${company(companyId)}/mapping-templates/${encodeURIComponent(templateId)}`);
}

export async function createMappingTemplate(
  companyId: string,
  input: { name: string; headers: string[]; mapping: MappingSpecInput },
): Promise<MappingTemplate> {
  const body = await api.post<Envelope<MappingTemplate>>(`${company(companyId)}/mapping-templates`, input);
  return body.data;
}
