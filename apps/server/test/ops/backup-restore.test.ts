import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_ROLE, connect, type DbHandle } from '@ayni/db';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { posFile } from '../fixtures/pos-export';
import { bearer, buildTestApp, createOwner, freshDatabase, loginAs, type TestApp } from '../helpers';
import { uploadAndWait } from '../upload-helpers';

/** What the dashboard shows, without the per-request meta. */
async function dashboardOf(t: TestApp, token: string, companyId: string) {
  const urls = [
    `/api/v1/companies/${companyId}/dashboard/summary`,
    `/api/v1/companies/${companyId}/metrics?grain=month`,
    `/api/v1/companies/${companyId}/products`,
  ];
  const out: unknown[] = [];
  for (const url of urls) {
    const res = await t.app.inject({ url, headers: bearer(token) });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    out.push(res.json().data);
  }
  return out;
}

/** The procedure of docs/operations.md, "Backup and restore", done for real with pg_dump/pg_restore. */
describe('backup and restore with pg_dump and pg_restore', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const step of cleanups.reverse()) await step().catch(() => {});
  });

  it('restores a database on which the app shows the same dashboard', async () => {
    const original = await freshDatabase();
    cleanups.push(() => original.close());
    const before = await buildTestApp({ db: original.handle });
    cleanups.push(() => before.close());
    const owner = await createOwner(original.handle);
    const token = await loginAs(before.app, owner.email, owner.password);
    const upload = await uploadAndWait(before.app, token, owner.company.id, posFile());
    expect(upload.status).toBe('completed');
    const figures = await dashboardOf(before, token, owner.company.id);
    expect((figures[0] as { kpis: { revenue: number } }).kpis.revenue).toBeGreaterThan(0);

    const dir = mkdtempSync(path.join(tmpdir(), 'ayni-backup-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const dump = path.join(dir, 'ayni.dump');
    // Custom format: compressed, and pg_restore can pick or reorder objects.
    execFileSync('/usr/bin/pg_dump', ['--format=custom', '--file', dump, '--dbname', original.url]);
    expect(statSync(dump).size).toBeGreaterThan(1000);

    const restored = await createDatabase(inject('pgAdminUrl'));
    cleanups.push(() => restored.drop());
    execFileSync('/usr/bin/pg_restore', ['--exit-on-error', '--dbname', restored.url, dump]);

    const handle: DbHandle = connect(restored.url, { max: 5, role: APP_ROLE });
    cleanups.push(() => handle.close());
    const after = await buildTestApp({ db: handle });
    cleanups.push(() => after.close());
    // Same user, same password, same company, same numbers; row-level security still applies.
    const again = await loginAs(after.app, owner.email, owner.password);
    expect(await dashboardOf(after, again, owner.company.id)).toEqual(figures);
    const stranger = await createOwner(handle, 'Otra');
    const other = await loginAs(after.app, stranger.email, stranger.password);
    const hidden = await after.app.inject({
      url: `/api/v1/companies/${owner.company.id}/dashboard/summary`,
      headers: bearer(other),
    });
    expect(hidden.statusCode).toBe(404);
  }, 120_000);
});
