import { statfs } from 'node:fs/promises';
import type { Health } from '@ayni/contracts';
import type { DbHandle } from '@ayni/db';
import { withTimeout } from '../../lib/with-timeout';

export interface HealthDeps {
  db: DbHandle;
  queueHealthy: () => Promise<boolean>;
  dataDir: string;
  minFreeBytes: number;
  version: string;
}

async function check(fn: () => Promise<boolean>): Promise<'ok' | 'fail'> {
  try {
    return (await withTimeout(fn(), 3000, 'health check')) ? 'ok' : 'fail';
  } catch {
    return 'fail';
  }
}

export async function getHealth(deps: HealthDeps): Promise<Health> {
  const [database, queue, disk] = await Promise.all([
    check(async () => (await deps.db.pool.query('select 1 as ok')).rows[0]?.ok === 1),
    check(deps.queueHealthy),
    check(async () => {
      const fs = await statfs(deps.dataDir);
      return fs.bavail * fs.bsize >= deps.minFreeBytes;
    }),
  ]);
  const checks = { database, queue, disk };
  const allOk = Object.values(checks).every((c) => c === 'ok');
  return { status: allOk ? 'ok' : 'degraded', version: deps.version, checks };
}
