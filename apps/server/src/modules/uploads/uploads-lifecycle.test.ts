import type { AddressInfo } from 'node:net';
import { PassThrough, type Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { POS_LINES, posFile } from '../../../test/fixtures/pos-export';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';
import { postUpload, uploadAndWait, waitForUpload } from '../../../test/upload-helpers';
import type { FileStorage } from '../../infra/storage/file-storage';
import { companyImportLockKey } from '../../lib/company-import-lock';

/** Lines of a company without ids: what two runs must agree on. */
async function snapshot(t: TestApp, companyId: string) {
  const rows = await t.owner.pool.query(
    `select document_id, sku, occurrence, line_no, sold_at, quantity::text, total::text, unit_price::text,
       is_return, product_name, category, location_name, extra
     from sale_lines where company_id = $1 order by document_id, sku, occurrence`,
    [companyId],
  );
  const days = await t.owner.pool.query(
    `select day::text, gross_sales::text, returns::text, tickets, units::text, lines
     from daily_sales where company_id = $1 order by day`,
    [companyId],
  );
  return { lines: rows.rows, days: days.rows };
}

/** Storage whose 3rd read (the import pass) breaks mid-file once, and whose next read waits for `release`. */
function faultyStorage(inner: FileStorage) {
  let reads = 0;
  let releaseGate: () => void = () => {};
  const gate = new Promise<void>((r) => {
    releaseGate = r;
  });
  const state = { failed: false, armed: false, release: () => releaseGate() };
  const storage: FileStorage = {
    ...inner,
    put: (k, b) => inner.put(k, b),
    delete: (k) => inner.delete(k),
    exists: (k) => inner.exists(k),
    close: () => inner.close(),
    async get(key) {
      const source = await inner.get(key);
      if (!state.armed) return source;
      reads++;
      if (reads === 4) await gate;
      if (reads !== 3) return source;
      const broken = new PassThrough();
      let sent = 0;
      source.on('data', (chunk: Buffer) => {
        sent += chunk.length;
        if (sent > 300) {
          state.failed = true;
          broken.destroy(new Error('connection reset while reading the file'));
          source.destroy();
        } else broken.write(chunk);
      });
      source.on('end', () => broken.end());
      return broken as Readable;
    },
  };
  return { storage, state };
}

describe('uploads: order, crashes, cancellation, deletion, live events', () => {
  let t: TestApp;
  let fault: ReturnType<typeof faultyStorage>;
  let token: string;
  let companyId: string;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp({
      wrapStorage: (inner) => {
        fault = faultyStorage(inner);
        return fault.storage;
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const owner = await createOwner(t.db);
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  it('a failure mid-import leaves the data as before; the retry gives the clean-run result', async () => {
    await uploadAndWait(t.app, token, companyId, posFile());
    const before = await snapshot(t, companyId);
    const changed = POS_LINES.map((l) => l.replace('$ 4.990;$ 9.980', '$ 5.100;$ 10.200'));
    fault.state.armed = true;
    const res = await postUpload(t.app, token, companyId, posFile(changed));
    const id = res.json().data.id;
    await eventually(async () => (fault.state.failed ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(await snapshot(t, companyId)).toEqual(before);
    fault.state.release();
    const done = await waitForUpload(t.app, token, id);
    fault.state.armed = false;
    expect(done.status).toBe('completed');
    expect(done.rows).toMatchObject({ accepted: 5, updated: 1, unchanged: 4, inserted: 0 });

    // A clean run of the same two uploads on another company gives exactly the same figures.
    const other = await createOwner(t.db, 'Clean');
    const otherToken = await loginAs(t.app, other.email, other.password);
    await uploadAndWait(t.app, otherToken, other.company.id, posFile());
    await uploadAndWait(t.app, otherToken, other.company.id, posFile(changed));
    expect(await snapshot(t, other.company.id)).toEqual(await snapshot(t, companyId));
  });

  it('runs one company’s uploads strictly in submission order, and events match polling', async () => {
    const owner = await createOwner(t.db, 'Order');
    const tk = await loginAs(t.app, owner.email, owner.password);
    const socket = new WebSocket(`${base}/api/v1/ws?token=${encodeURIComponent(tk)}`);
    const events: Array<Record<string, unknown>> = [];
    socket.on('message', (raw) => events.push(JSON.parse(raw.toString())));
    await eventually(async () => (events.some((e) => e.type === 'hello') ? true : undefined));

    const v1 = POS_LINES.map((l) => l.replace('$ 2.490;$ 2.490;Boleta', '$ 2.490;$ 2.490;Boleta'));
    const v2 = POS_LINES.map((l) => l.replace('Ñoquis 500 g', 'Ñoquis 1 kg'));
    const ids: string[] = [];
    for (const lines of [v1, v2, v1]) {
      ids.push((await postUpload(t.app, tk, owner.company.id, posFile(lines))).json().data.id);
    }
    const views = [];
    for (const id of ids) views.push(await waitForUpload(t.app, tk, id));
    expect(views.map((v) => v.rows.inserted)).toEqual([5, 0, 0]);
    expect(views.map((v) => v.rows.updated)).toEqual([0, 2, 2]);
    const finished = views.map((v) => Date.parse(v.finished_at));
    expect([...finished].sort((a, b) => a - b)).toEqual(finished);
    const names = await t.owner.pool.query(
      `select distinct product_name from sale_lines where company_id = $1 and sku = 'P-02'`,
      [owner.company.id],
    );
    expect(names.rows).toEqual([{ product_name: 'Ñoquis 500 g' }]);

    await eventually(async () =>
      events.filter((e) => e.type === 'analytics.updated').length === 3 ? true : undefined,
    );
    for (const view of views) {
      const mine = events.filter((e) => e.upload_id === view.id);
      expect(mine.map((e) => e.type)).toEqual(
        expect.arrayContaining(['upload.started', 'upload.completed', 'analytics.updated']),
      );
      expect(mine.find((e) => e.type === 'upload.completed')?.rows).toEqual(view.rows);
    }

    // A file problem: the event carries the same error as the upload, in both languages.
    const bad = (
      await postUpload(t.app, tk, owner.company.id, { name: 'x.csv', content: 'a;b\n1;2\n' })
    ).json().data.id;
    const failedView = await waitForUpload(t.app, tk, bad);
    expect(failedView.status).toBe('failed');
    const failed = await eventually(async () =>
      events.find((e) => e.type === 'upload.failed' && e.upload_id === bad),
    );
    expect(failed.error).toEqual({
      code: 'MISSING_REQUIRED_COLUMNS',
      message: failedView.error.message,
      message_es: failedView.error.message_es,
    });
    socket.close();
  });

  it('cancels a queued upload: nothing is imported', async () => {
    const owner = await createOwner(t.db, 'Cancel');
    const paused = await buildTestApp({ db: t.db, startWorker: false });
    // The jobs table is shared with `t`'s worker: holding the company's import lock keeps the
    // upload queued (a claimed job waits for the lock) until the cancel is in.
    const lock = await t.owner.pool.connect();
    await lock.query('select pg_advisory_lock(hashtextextended($1, 0))', [
      companyImportLockKey(owner.company.id),
    ]);
    try {
      const tk = await loginAs(paused.app, owner.email, owner.password);
      const id = (await postUpload(paused.app, tk, owner.company.id, posFile())).json().data.id;
      const res = await paused.app.inject({
        method: 'POST',
        url: `/api/v1/uploads/${id}/cancel`,
        headers: bearer(tk),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().data.status).toBe('cancelled');
      const again = await paused.app.inject({
        method: 'POST',
        url: `/api/v1/uploads/${id}/cancel`,
        headers: bearer(tk),
      });
      expect(again.statusCode).toBe(409);
    } finally {
      await lock.query('select pg_advisory_unlock_all()');
      lock.release();
      await paused.close();
    }
    const count = await t.owner.pool.query(
      'select count(*)::int as n from sale_lines where company_id = $1',
      [owner.company.id],
    );
    expect(count.rows[0].n).toBe(0);
  });

  it('deleting an upload removes its lines and recomputes the days', async () => {
    const owner = await createOwner(t.db, 'Delete');
    const tk = await loginAs(t.app, owner.email, owner.password);
    const first = await uploadAndWait(t.app, tk, owner.company.id, posFile());
    const extra = [
      POS_LINES[1] as string,
      '10/10/2025 10:00;2001;P-09;Pan;Panadería;3;$ 1.000;$ 3.000;Boleta',
    ];
    const second = await uploadAndWait(t.app, tk, owner.company.id, posFile(extra));
    expect(second.rows.inserted).toBe(1);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/uploads/${second.id}`,
      headers: bearer(tk),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.status).toBe('deleted');
    const left = await t.owner.pool.query(
      `select count(*)::int as n, sum(total)::float8 as total from sale_lines where company_id = $1`,
      [owner.company.id],
    );
    expect(left.rows[0]).toEqual({ n: 5, total: 26208 });
    const day = await t.owner.pool.query(
      `select * from daily_sales where company_id = $1 and day = '2025-10-10'`,
      [owner.company.id],
    );
    expect(day.rows).toEqual([]);
    const changes = (
      await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${second.id}/changes`, headers: bearer(tk) })
    ).json().data;
    expect(changes).toContainEqual(
      expect.objectContaining({
        action: 'delete',
        period_type: 'day',
        period_start: '2025-10-10',
        deleted: 1,
        lines_after: 0,
      }),
    );
    expect(first.status).toBe('completed');

    // While an import holds the company's lock (beyond the few seconds a delete waits), 409.
    const lock = await t.owner.pool.connect();
    try {
      await lock.query('select pg_advisory_lock(hashtextextended($1, 0))', [
        companyImportLockKey(owner.company.id),
      ]);
      const busy = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/uploads/${first.id}`,
        headers: bearer(tk),
      });
      expect(busy.statusCode).toBe(409);
      expect(busy.json().error.message_es).toBe('Hay una importación en curso; inténtalo cuando termine');
    } finally {
      await lock.query('select pg_advisory_unlock_all()');
      lock.release();
    }
  }, 60_000);
});
