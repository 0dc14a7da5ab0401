import { randomBytes } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from '../../apps/server/src/infra/free-port';
import { benchRedisUrl } from '../env';
import type { BenchDatabase } from './bench-database';
import type { Cleanup } from './cleanup';
import type { Options } from './options';
import { buildServerOnce, type Entry, type ServerProcess, startServerProcess } from './server-process';

/** The platform admin `main` creates outside production (see apps/server/src/runtime/admin.ts). */
const DEMO_ADMIN = { email: 'admin@ayni.cl', password: 'gabe123123' };

export interface Servers {
  baseUrl: string;
  /** The process that runs the import jobs. */
  worker: ServerProcess;
  workerEntry: Entry;
  /** The API process, when it is not the worker's (`--scale-out`). */
  api: ServerProcess | null;
  admin: { email: string; password: string };
  processes: ServerProcess[];
}

/** BullMQ leaves its queues' keys behind; a shared Redis should not collect one set per run. */
async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts `main` (API + jobs in one process), or with `--scale-out` an `api` and a `worker`, on a
 * free port with their own data folder under `workDir`; does not wait for them to be ready.
 */
export async function startServers(
  cleanup: Cleanup,
  options: Options,
  workDir: string,
  database: BenchDatabase | null,
  fileBytes: number,
): Promise<Servers> {
  await buildServerOnce();
  const port = await findFreePort();
  const common = {
    HOST: '127.0.0.1',
    PORT: String(port),
    AYNI_DATA_DIR: path.join(workDir, 'data'),
    AYNI_SEED_DEMO: 'false', // the demo seed would add its own memory peak and start-up time
    UPLOAD_MAX_BYTES: String(Math.max(524_288_000, fileBytes * 2)),
    LOG_LEVEL: 'info',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  await mkdir(common.AYNI_DATA_DIR, { recursive: true });
  // Run as root, the embedded PostgreSQL runs as `postgres`, which must reach its data folder.
  chmodSync(workDir, 0o755);
  chmodSync(common.AYNI_DATA_DIR, 0o755);

  if (!options.scaleOut) {
    const main = startServerProcess('main', common, path.join(workDir, 'server.log'));
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      worker: main,
      workerEntry: 'main',
      api: null,
      admin: DEMO_ADMIN,
      processes: [main],
    };
  }
  const redisUrl = benchRedisUrl;
  if (!database || !redisUrl) {
    throw new Error(
      '--scale-out needs DATABASE_URL (or TEST_DATABASE_URL) and REDIS_URL (or TEST_REDIS_URL)',
    );
  }
  const admin = { email: DEMO_ADMIN.email, password: randomBytes(12).toString('base64url') };
  const shared = {
    ...common,
    REDIS_URL: redisUrl,
    AYNI_QUEUE_PREFIX: `aynibench${process.pid}`,
    JWT_SECRET: randomBytes(48).toString('base64'),
    STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STORAGE_DIR: path.join(workDir, 'uploads'),
    AYNI_ADMIN_PASSWORD: admin.password,
  };
  cleanup.add(() => deleteQueueKeys(redisUrl, shared.AYNI_QUEUE_PREFIX));
  const api = startServerProcess('api', shared, path.join(workDir, 'api.log'));
  const worker = startServerProcess('worker', { ...shared, PORT: '0' }, path.join(workDir, 'worker.log'));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    worker,
    workerEntry: 'worker',
    api,
    admin,
    processes: [api, worker],
  };
}
