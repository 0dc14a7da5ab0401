import type { Upload } from '@ayni/contracts';
import type { UploadEvent } from '../hooks/use-upload-events';

/** The upload as an event shows it (events carry the same state `GET /uploads/{id}` does). */
export function mergeUploadEvent(upload: Upload, event: UploadEvent): Upload {
  // Events can overtake each other's polls: never move a finished upload back, nor progress down.
  if (upload.status === 'completed' || upload.status === 'deleted') return upload;
  const next: Upload = {
    ...upload,
    status: event.status,
    progress: Math.max(event.status === upload.status ? upload.progress : 0, event.progress),
    lines_processed: event.lines_processed,
    lines_total: event.lines_total,
    rows: event.rows ?? upload.rows,
  };
  if (event.type === 'upload.failed') next.error = { ...event.error };
  return next;
}
