import type { AppEvent } from '@ayni/contracts';
import type { EventLog } from './ayni-client';
import { seconds } from './report';

export const forUpload = (uploadId: string) => (event: AppEvent) =>
  'upload_id' in event && event.upload_id === uploadId;

/** When the upload first reached `status` (and at least `progress` %), from the events it published. */
export function firstWith(events: EventLog, uploadId: string, status: string, progress = 0): number | null {
  const match = forUpload(uploadId);
  const found = events.received.find(
    ({ event }) =>
      match(event) && 'progress' in event && event.status === status && event.progress >= progress,
  );
  return found?.receivedAt ?? null;
}

/**
 * The 'aggregating' phase split by the progress the server reports between its SQL steps
 * (writeImport: 85 % + 14 % × 0.2 after the file-wide warnings, 0.4 after the diff, 0.7 after
 * the writes). Tied to those numbers: a step the server no longer reports shows as null.
 */
export function mergeSteps(events: EventLog, uploadId: string, completedAt: number | null | undefined) {
  const at = (progress: number) => firstWith(events, uploadId, 'aggregating', progress);
  const [start, warned, diffed, written] = [at(85), at(87), at(90), at(94)];
  const between = (from: number | null, to: number | null | undefined) =>
    from === null ? null : seconds(from, to);
  return {
    analyze_and_warnings_s: between(start, warned),
    diff_s: between(warned, diffed),
    write_lines_s: between(diffed, written),
    period_audit_rollup_commit_s: between(written, completedAt),
  };
}
