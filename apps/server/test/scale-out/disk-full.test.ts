import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../production-env';
import { type AppProcess, scaleOutEnv, startProcess, stopAll } from './processes';
import { salesFile } from './sales-file';
import { companiesOfOneOwner, login, ownerPool, sendUpload } from './scale-out-client';

const enabled = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);

/** Every file under `dir`, recursively (empty folders do not count). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

describe.skipIf(!enabled)('scale-out: the storage folder runs out of space during an upload', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let setup: ReturnType<typeof scaleOutEnv>;
  let db: DbHandle;
  const processes: AppProcess[] = [];
  // A 2 MB tmpfs as STORAGE_DIR (needs root, or CAP_SYS_ADMIN); null when mount is refused.
  let storageDir: string | null = null;
  let refused = '';

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ayni-full-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
      storageDir = dir;
    } catch (err) {
      refused = String((err as { stderr?: Buffer }).stderr ?? err).trim();
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    database = await createDatabase(TEST_DATABASE_URL as string);
    setup = scaleOutEnv({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL as string, name: 'disk-full' });
    await startProcess('api', 'api', { ...setup.env, STORAGE_DIR: storageDir }, processes);
    db = ownerPool(database.url);
  }, 600_000);
  afterAll(async () => {
    await stopAll(processes);
    await db?.close();
    await database?.drop();
    setup?.cleanup();
    if (storageDir) {
      execFileSync('umount', [storageDir]);
      rmSync(storageDir, { recursive: true, force: true });
    }
  });

  it('answers 503 STORAGE_FULL in both languages and keeps neither a row nor a partial file', async (context) => {
    if (!storageDir) {
      context.skip(`cannot mount a small tmpfs here (${refused}); run as root to test a full disk`);
      return;
    }
    const api = processes[0] as AppProcess;
    const owner = await companiesOfOneOwner(db, 1);
    const companyId = owner.companyIds[0] as string;
    const token = await login(api, owner.email, owner.password);

    const big = salesFile({ lines: 40_000, seed: 5 });
    expect(big.content.length).toBeGreaterThan(3 * 1024 * 1024);
    const res = await sendUpload(api, token, companyId, big);
    const body = (await res.json()) as {
      error: { code: string; message: string; message_es: string; details: Array<{ message: string }> };
    };
    expect(res.status, JSON.stringify(body)).toBe(503);
    expect(body.error).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: [{ field: 'file', message: 'STORAGE_FULL' }],
    });
    expect(body.error.message).toMatch(/no room to store the file/);
    expect(body.error.message_es).toMatch(/no tiene espacio/);
    expect(res.headers.get('retry-after')).toBe('300');

    // Nothing half-done: no upload row, no file (not even a `.partial-` one) in the storage.
    const rows = await db.pool.query('select count(*)::int as n from uploads where company_id = $1', [
      companyId,
    ]);
    expect(rows.rows[0]?.n).toBe(0);
    expect(filesUnder(storageDir)).toEqual([]);

    // The space was given back: a file that fits is accepted right after.
    const small = salesFile({ lines: 200, seed: 6 });
    const accepted = await sendUpload(api, token, companyId, small);
    expect(accepted.status, await accepted.clone().text()).toBe(202);
    expect(filesUnder(storageDir)).toHaveLength(1);
  }, 600_000);
});
