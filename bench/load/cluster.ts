import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from '../../apps/server/src/infra/free-port';
import type { BenchDatabase } from '../ingest/bench-database';
import { buildServerOnce, type ServerProcess, startServerProcess } from '../ingest/server-process';

export interface Cluster {
  /** One base URL per API process. */
  apiUrls: string[];
  admin: { email: string; password: string };
  processes: ServerProcess[];
  prefix: string;
}

/**
 * The scale-out shape: two `api.ts` processes on their own ports and `workers` × `worker.ts`,
 * sharing one database, one Redis (under a key prefix of this run) and one storage folder, as two
 * replicas behind a load balancer would.
 */
export async function startCluster(
  database: BenchDatabase,
  redisUrl: string,
  workDir: string,
  workers: number,
): Promise<Cluster> {
  const admin = { email: 'admin@ayni.cl', password: randomBytes(12).toString('base64url') };
  const prefix = `ayniload${process.pid}`;
  const shared = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    AYNI_QUEUE_PREFIX: prefix,
    AYNI_DATA_DIR: path.join(workDir, 'data'),
    STORAGE_DIR: path.join(workDir, 'uploads'),
    JWT_SECRET: randomBytes(48).toString('base64'),
    STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    AYNI_ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: 'info', // the ready line is an info line
    UPLOAD_MAX_BYTES: String(2 * 1024 ** 3),
  };
  await mkdir(shared.AYNI_DATA_DIR, { recursive: true });
  await buildServerOnce();
  const processes: ServerProcess[] = [];
  const apiUrls: string[] = [];
  // The first API runs the migrations alone; the rest start once it is up.
  for (let i = 0; i < 2; i++) {
    const port = await findFreePort();
    const api = startServerProcess(
      'api',
      { ...shared, PORT: String(port) },
      path.join(workDir, `api-${i}.log`),
    );
    processes.push(api);
    apiUrls.push(`http://127.0.0.1:${port}`);
    await api.ready(120_000);
  }
  for (let i = 0; i < workers; i++) {
    const worker = startServerProcess(
      'worker',
      { ...shared, PORT: '0' },
      path.join(workDir, `worker-${i}.log`),
    );
    processes.push(worker);
  }
  await Promise.all(processes.map((p) => p.ready(120_000)));
  return { apiUrls, admin, processes, prefix };
}
