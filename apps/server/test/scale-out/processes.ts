import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/infra/free-port';
import { eventually } from '../helpers';
import { uniquePrefix } from '../production-env';
import { spawnEntry } from '../spawn-entry';

const LOG_DIR = path.join(tmpdir(), 'ayni-scale-out-logs');

/** One API or worker process, started the way `npm run start:api|worker` starts it. */
export interface AppProcess {
  name: string;
  kind: 'api' | 'worker';
  /** HTTP port: the API's, or the worker's /health + /metrics probe. */
  port: number;
  base: string;
  pid: number;
  output(): string;
  /** Log lines (pino JSON) this process wrote, parsed. */
  logs(): Array<Record<string, unknown> & { msg?: string }>;
  /** SIGTERM (graceful) or SIGKILL (a crash); resolves once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
  alive(): boolean;
}

/** The settings every process of one test topology shares (database, Redis, storage, keys). */
export function scaleOutEnv(options: { databaseUrl: string; redisUrl: string; name: string }) {
  const storageDir = mkdtempSync(path.join(tmpdir(), `ayni-${options.name}-storage-`));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    // Queue keys and the event channel of this test only: other suites share the same Redis.
    AYNI_QUEUE_PREFIX: uniquePrefix(options.name),
    JWT_SECRET: 'a-production-secret-of-at-least-32-chars!',
    AYNI_ADMIN_PASSWORD: 'a strong admin password',
    AYNI_DATA_DIR: '/tmp',
    DISK_MIN_FREE_MB: '1',
    STORAGE_DIR: storageDir,
    STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HOST: '127.0.0.1',
    // A dead worker's job is taken over within seconds (lock 3 s, checked every 1.5 s).
    JOB_STALLED_MS: '3000',
    DB_POOL_MAX: '5',
    // The macro series would call mindicador.cl: point them at a closed local port instead.
    MACRO_MINDICADOR_URL: 'http://127.0.0.1:9',
    MACRO_RETRIES: '0',
  };
  return { env, storageDir, cleanup: () => rmSync(storageDir, { recursive: true, force: true }) };
}

/**
 * Starts an API or a worker and resolves once its health endpoint answers 200. The process goes
 * into `track` at once, so afterAll stops it even when its start (or a sibling's) failed.
 */
export async function startProcess(
  kind: 'api' | 'worker',
  name: string,
  env: Record<string, string>,
  track: AppProcess[],
): Promise<AppProcess> {
  const port = await findFreePort();
  const own: Record<string, string> =
    kind === 'api' ? { PORT: String(port) } : { PORT: '0', METRICS_PORT: String(port) };
  const spawned = spawnEntry(kind, { ...env, ...own });
  // Live copy of the output, for a run that hangs: <tmp>/ayni-scale-out-logs/<prefix>-<name>.log
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${env.AYNI_QUEUE_PREFIX}-${name}.log`);
  spawned.child.stdout?.on('data', (d) => appendFileSync(logFile, d));
  spawned.child.stderr?.on('data', (d) => appendFileSync(logFile, d));
  const base = `http://127.0.0.1:${port}`;
  const proc: AppProcess = {
    name,
    kind,
    port,
    base,
    pid: spawned.child.pid ?? -1,
    output: spawned.output,
    logs: () => parseLogs(spawned.output()),
    stop: (signal = 'SIGTERM') => spawned.stop(signal),
    exited: spawned.exited,
    alive: () => !exited,
  };
  let exited = false;
  void spawned.exited.then(() => {
    exited = true;
  });
  track.push(proc);
  const healthUrl = kind === 'api' ? `${base}/api/v1/health` : `${base}/health`;
  try {
    await eventually(async () => {
      if (exited) throw new Error(`${name} exited while starting`);
      const res = await fetch(healthUrl).catch(() => null);
      return res?.status === 200 ? true : undefined;
    }, 300_000); // a cold start (tsx, migrations) takes minutes on a busy 2-core CI machine
  } catch (err) {
    await spawned.stop('SIGKILL');
    throw new Error(
      `${name} did not become healthy: ${(err as Error).message}\n${spawned.output().slice(-3000)}`,
    );
  }
  return proc;
}

export function parseLogs(output: string): Array<Record<string, unknown> & { msg?: string }> {
  const lines: Array<Record<string, unknown> & { msg?: string }> = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line));
    } catch {
      // a line cut by the pipe, or not JSON: not a log record
    }
  }
  return lines;
}

/** Upload ids a worker logged as imported (`upload imported`, once per committed import). */
export function importedBy(proc: AppProcess): string[] {
  return proc
    .logs()
    .filter((l) => l.msg === 'upload imported')
    .map((l) => String(l.upload_id));
}

/** GET /api/v1/health's status code (0 when the process does not answer at all). */
export async function healthStatus(proc: AppProcess): Promise<number> {
  const res = await fetch(`${proc.base}/api/v1/health`, { signal: AbortSignal.timeout(10_000) }).catch(
    () => null,
  );
  return res?.status ?? 0;
}

/** Stops every process still running (afterAll: a kill is enough, the test is over). */
export async function stopAll(processes: AppProcess[]) {
  await Promise.all(processes.map((p) => p.stop('SIGKILL')));
}
