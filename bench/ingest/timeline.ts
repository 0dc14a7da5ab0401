import { readFile } from 'node:fs/promises';
import type { AppEvent } from '@ayni/contracts';
import type { EventLog } from './ayni-client';

export const forUpload = (uploadId: string) => (event: AppEvent) =>
  'upload_id' in event && event.upload_id === uploadId;

/** When the upload first reached `status` (and at least `progress` %), from the events it published. */
export function firstWith(events: EventLog, uploadId: string, status: string, progress = 0): number | null {
  const match = forUpload(uploadId);
  const found = events.received.find(
    ({ event }) =>
      match(event) &&
      'status' in event &&
      'progress' in event &&
      event.status === status &&
      event.progress >= progress,
  );
  return found?.receivedAt ?? null;
}

/**
 * The server's own step timings of the import (`timings` of the worker's `upload imported` log
 * line for this upload): exact, where progress events a second apart cannot split the steps.
 */
export async function serverTimings(
  logFile: string,
  uploadId: string,
): Promise<Record<string, number> | null> {
  const log = await readFile(logFile, 'utf8').catch(() => '');
  for (const line of log.split('\n').reverse()) {
    if (!line.includes('"upload imported"') || !line.includes(uploadId)) continue;
    try {
      const entry = JSON.parse(line) as { upload_id?: string; timings?: Record<string, number> };
      if (entry.upload_id === uploadId) return entry.timings ?? null;
    } catch {
      // a line cut by the log's buffering: look further
    }
  }
  return null;
}
