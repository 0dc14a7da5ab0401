import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/infra/free-port';
import { TEST_REDIS_URL, uniquePrefix } from '../production-env';

/** What api.ts and worker.ts need to run against `databaseUrl`, on a Redis prefix and a port of their own. */
export async function scaleOutEnv(databaseUrl: string, name: string) {
  const port = await findFreePort();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL as string,
    AYNI_QUEUE_PREFIX: uniquePrefix(name),
    JWT_SECRET: randomBytes(32).toString('base64'),
    AYNI_ADMIN_PASSWORD: 'a strong admin password',
    AYNI_DATA_DIR: '/tmp',
    STORAGE_DIR: mkdtempSync(path.join(tmpdir(), `ayni-${name}-storage-`)),
    STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PORT: String(port),
    HOST: '127.0.0.1',
    JOB_CONCURRENCY: '1',
  };
  return { env, base: `http://127.0.0.1:${port}` };
}
