import type { FileStorage } from './file-storage';

export interface PurgeResult {
  /** Files deleted now. */
  purged: number;
  /** Rows whose file was already gone (deleted by hand, or a crash after delete, before mark). */
  alreadyGone: number;
  failed: number;
  /** One entry per failure, for the caller's log; those rows stay unmarked and are retried next run. */
  failures: { id: string; key: string; error: unknown }[];
}

/**
 * Body of the raw-file retention job: deletes each expired file and marks its row. The order
 * (delete, then mark) means a crash in between leaves a row whose file is gone, which the next
 * run simply marks. One failing file never stops the others.
 */
export async function purgeExpiredRawFiles(deps: {
  storage: FileStorage;
  listExpired: () => Promise<{ key: string; id: string }[]>;
  markPurged: (id: string) => Promise<void>;
}): Promise<PurgeResult> {
  const result: PurgeResult = { purged: 0, alreadyGone: 0, failed: 0, failures: [] };
  for (const { id, key } of await deps.listExpired()) {
    try {
      const present = await deps.storage.exists(key);
      if (present) await deps.storage.delete(key);
      await deps.markPurged(id);
      if (present) result.purged++;
      else result.alreadyGone++;
    } catch (error) {
      result.failed++;
      result.failures.push({ id, key, error });
    }
  }
  return result;
}
