import type { Upload } from '@ayni/contracts';
import type { InfiniteData } from '@tanstack/react-query';
import type { UploadsPage } from '../api/uploads';
import { isRunning } from './describe';

/** The loaded history: pages newest first, each asked `before` the previous page's last upload. */
export type UploadPages = InfiniteData<UploadsPage>;

/** Every loaded upload once, newest first (a page refetched after a new upload may repeat one). */
export function flattenPages(data: UploadPages): Upload[] {
  const seen = new Set<string>();
  const all: Upload[] = [];
  for (const page of data.pages) {
    for (const upload of page.uploads) {
      if (seen.has(upload.id)) continue;
      seen.add(upload.id);
      all.push(upload);
    }
  }
  return all;
}

export const holdsUpload = (data: UploadPages, uploadId: string): boolean =>
  data.pages.some((page) => page.uploads.some((upload) => upload.id === uploadId));

/** The pages with one upload changed, on whichever page holds it. */
export function updateUpload(
  data: UploadPages,
  uploadId: string,
  change: (upload: Upload) => Upload,
): UploadPages {
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.uploads.some((upload) => upload.id === uploadId)
        ? {
            ...page,
            uploads: page.uploads.map((upload) => (upload.id === uploadId ? change(upload) : upload)),
          }
        : page,
    ),
  };
}

/**
 * A freshly polled first page folded into the loaded pages, or null when only a refetch of every
 * page keeps them consistent: a new upload shifted the first page (its last upload would fall
 * between the pages), or an older page holds a running upload the first page cannot update.
 */
export function withFreshFirstPage(data: UploadPages, fresh: UploadsPage): UploadPages | null {
  const [first, ...older] = data.pages;
  if (!first) return null;
  if (older.length > 0) {
    const sameUploads =
      fresh.nextBefore === first.nextBefore &&
      fresh.uploads.length === first.uploads.length &&
      fresh.uploads.every((upload, i) => upload.id === first.uploads[i]?.id);
    if (!sameUploads || older.some((page) => page.uploads.some(isRunning))) return null;
  }
  return { ...data, pages: [fresh, ...older] };
}
