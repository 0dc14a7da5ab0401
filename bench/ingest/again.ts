import type { UploadRows } from '@ayni/contracts';
import type { AyniClient, EventLog } from './ayni-client';
import { say, seconds } from './report';
import { forUpload, serverTimings } from './timeline';

/** The same file uploaded a second time: a cumulative export uploaded again (`--again`). */
export interface AgainResult {
  /** Seconds from the start of the second upload to its `analytics.updated`. */
  analytics_updated_s: number | null;
  rows: UploadRows | null;
  server_timings_ms: Record<string, number> | null;
  /** Nothing inserted, updated or deleted: every accepted line unchanged. */
  changed_nothing: boolean;
}

export async function uploadAgain(
  client: AyniClient,
  events: EventLog,
  options: { companyId: string; file: string; timeoutS: number; workerLog: string },
): Promise<AgainResult> {
  say('uploading the same file again');
  const t0 = performance.now();
  const accepted = await client.upload(options.companyId, options.file);
  const match = forUpload(accepted.id);
  const outcome = await events.waitFor(
    (e) => (e.type === 'analytics.updated' || e.type === 'upload.failed') && match(e),
    options.timeoutS * 1000,
  );
  const upload = await client.getUpload(accepted.id);
  const rows = upload.rows ?? null;
  const updated = outcome.event.type === 'analytics.updated' ? outcome.receivedAt : null;
  return {
    analytics_updated_s: seconds(t0, updated),
    rows,
    server_timings_ms: await serverTimings(options.workerLog, accepted.id),
    changed_nothing:
      rows !== null && rows.inserted === 0 && rows.updated === 0 && rows.deleted === 0 && rows.unchanged > 0,
  };
}
