import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listMacroObservations, upsertMacroObservations } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeMindicador } from '../../../test/fake-mindicador';
import { bearer, buildTestApp, createOwner, loginAs, silentLog, type TestApp } from '../../../test/helpers';
import { createJobHandlers } from '../../jobs/handlers';
import { ensureSnapshotLoaded, refreshMacroSeries } from './macro.loader';
import { createRetrievers, type MacroSourcesConfig } from './macro.retriever';
import { readSnapshot } from './snapshot-file';

const NOW = Date.UTC(2026, 6, 14, 15); // 14 July 2026, after the snapshot's last UF (11 July)

/** A local Banco Central BDE (SieteRestWS GetSeries) that knows one account and the UF. */
async function fakeBcch(): Promise<{ url: string; server: Server; requests: URL[] }> {
  const requests: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url);
    res.writeHead(200, { 'content-type': 'application/json' });
    if (url.searchParams.get('user') !== 'ayni' || url.searchParams.get('pass') !== 'secreta') {
      res.end(JSON.stringify({ Codigo: -5, Descripcion: 'Invalid username or password', Series: {} }));
      return;
    }
    const obs =
      url.searchParams.get('timeseries') === 'F073.UFF.PRE.Z.D'
        ? [
            { indexDateString: '15-07-2026', value: '40850.12', statusCode: 'OK' },
            { indexDateString: '16-07-2026', value: 'NaN', statusCode: 'ND' },
          ]
        : [];
    res.end(JSON.stringify({ Codigo: 0, Descripcion: 'Success', Series: { Obs: obs } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/SieteRestWS.ashx`,
    server,
    requests,
  };
}

describe('macro series', () => {
  let t: TestApp;
  let token: string;
  const mindicador = new FakeMindicador({
    // 11 July revised, 12 and 13 July new; the dólar for Monday 13 July.
    uf: { '2026-07-11': 40844.8, '2026-07-12': 40846.1, '2026-07-13': 40847.4 },
    dolar: { '2026-07-13': 951.2 },
  });
  let bcch: Awaited<ReturnType<typeof fakeBcch>>;
  const config = (more: Partial<MacroSourcesConfig> = {}): MacroSourcesConfig => ({
    mindicadorUrl: mindicador.url,
    timeoutMs: 500,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    breaker: { threshold: 3, cooldownMs: 60_000 },
    ...more,
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    const owner = await createOwner(t.db, 'Macro');
    token = await loginAs(t.app, owner.email, owner.password);
    await mindicador.start();
    bcch = await fakeBcch();
  });
  afterAll(async () => {
    await mindicador.close();
    bcch.server.close();
    await t.close();
  });

  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/macro/series' })).statusCode).toBe(401);
  });

  it('works offline from the shipped snapshot, each series with its own latest date', async () => {
    const res = await get('/api/v1/macro/series');
    expect(res.statusCode).toBe(200);
    const byCode = Object.fromEntries(res.json().data.map((s: { code: string }) => [s.code, s]));
    expect(byCode.uf.latest).toEqual({ date: '2026-07-11', value: 40844.79, source: 'snapshot' });
    expect(byCode.dolar.latest).toMatchObject({ date: '2026-07-10', source: 'snapshot' });
    expect(byCode.ipc.latest).toMatchObject({ date: '2026-08-01' });
    expect(byCode.euro.latest).toBeNull(); // no public file: only mindicador/BDE have it
    expect(byCode.ivp.latest).toBeNull();
  });

  it('loads the snapshot idempotently: a second load changes nothing', async () => {
    await ensureSnapshotLoaded(t.db.db);
    const rows = readSnapshot().flatMap((f) =>
      f.points.map(([date, value]) => ({ series: f.code, date, value, source: 'snapshot' })),
    );
    expect(await upsertMacroObservations(t.db.db, rows, { keepExisting: true })).toBe(0);
  });

  it('carries the dólar over the New Year holiday and the weekend, visibly', async () => {
    const res = await get('/api/v1/macro/series/dolar?from=2024-01-01&to=2024-01-08');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .data.points.map((p: { date: string; value: number; carried: boolean }) => [
          p.date,
          p.value,
          p.carried,
        ]),
    ).toEqual([
      ['2024-01-01', 884.59, true], // Friday 29 December's value
      ['2024-01-02', 877.12, false],
      ['2024-01-03', 880.92, false],
      ['2024-01-04', 884.39, false],
      ['2024-01-05', 884.45, false],
      ['2024-01-06', 884.45, true],
      ['2024-01-07', 884.45, true],
      ['2024-01-08', 893.07, false],
    ]);
    const ipc = (await get('/api/v1/macro/series/ipc?from=2024-01-01&to=2024-03-31')).json().data.points;
    expect(ipc.map((p: { date: string; value: number }) => [p.date, p.value])).toEqual([
      ['2024-01-01', 0.7],
      ['2024-02-01', 0.6],
      ['2024-03-01', 0.4],
    ]);
  });

  it('answers unknown series and reversed ranges with clear errors in both languages', async () => {
    const unknown = await get('/api/v1/macro/series/bitcoin');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message_es).toContain('bitcoin');
    const reversed = await get('/api/v1/macro/series/uf?from=2024-02-01&to=2024-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('VALIDATION_ERROR');
    expect((await get('/api/v1/macro/series/uf?from=ayer')).statusCode).toBe(400);
  });

  it('refreshes from mindicador over the snapshot, idempotently', async () => {
    const retrievers = createRetrievers(config());
    const first = await refreshMacroSeries(t.db.db, retrievers, {
      now: NOW,
      log: silentLog,
      codes: ['uf', 'dolar', 'euro'],
    });
    expect(first.map((r) => [r.code, r.source, r.points, r.changed])).toEqual([
      ['uf', 'mindicador', 3, 3],
      ['dolar', 'mindicador', 1, 1],
      ['euro', null, 0, 0], // this mindicador does not know it: stays empty, nothing fails
    ]);
    expect(mindicador.requests).toContain('/api/uf/2026');
    const uf = await listMacroObservations(t.db.db, 'uf', { from: '2026-07-10' });
    expect(uf.map((o) => [o.date, o.value, o.source])).toEqual([
      ['2026-07-10', 40844.79, 'snapshot'],
      ['2026-07-11', 40844.8, 'mindicador'],
      ['2026-07-12', 40846.1, 'mindicador'],
      ['2026-07-13', 40847.4, 'mindicador'],
    ]);
    const again = await refreshMacroSeries(t.db.db, retrievers, {
      now: NOW,
      log: silentLog,
      codes: ['uf', 'dolar'],
    });
    expect(again.map((r) => r.changed)).toEqual([0, 0]);
    const latest = (await get('/api/v1/macro/series/uf')).json().data;
    expect(latest.latest).toMatchObject({ date: '2026-07-13', source: 'mindicador' });
    expect(latest.points.at(-1)).toMatchObject({ date: '2026-07-13', carried: false });
  });

  it('keeps serving stored values when mindicador is down, and falls back to the BDE when configured', async () => {
    mindicador.down = '500';
    const down = await refreshMacroSeries(t.db.db, createRetrievers(config()), {
      now: NOW,
      log: silentLog,
      codes: ['uf', 'dolar', 'ipc'],
    });
    expect(down.map((r) => r.source)).toEqual([null, null, null]);
    expect(down[0]?.errors[0]).toContain('HTTP 500');
    expect(down[2]?.errors[0]).toContain('circuit open'); // 2 + 1 failures opened it: no more calls
    expect(mindicador.requests.filter((r) => r.startsWith('/api/ipc'))).toHaveLength(0);
    const list = await get('/api/v1/macro/series');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.find((s: { code: string }) => s.code === 'uf').latest.date).toBe('2026-07-13');

    const withBcch = createRetrievers(config({ bcch: { url: bcch.url, user: 'ayni', password: 'secreta' } }));
    const fallback = await refreshMacroSeries(t.db.db, withBcch, { now: NOW, log: silentLog, codes: ['uf'] });
    expect(fallback[0]).toMatchObject({ source: 'bcch', points: 1, changed: 1 });
    expect(bcch.requests.at(-1)?.searchParams.get('firstdate')).toBe('2026-01-01');
    const stored = await listMacroObservations(t.db.db, 'uf', { from: '2026-07-15' });
    expect(stored.map((o) => [o.date, o.value, o.source])).toEqual([['2026-07-15', 40850.12, 'bcch']]); // NaN skipped

    const refused = createRetrievers(config({ bcch: { url: bcch.url, user: 'ayni', password: 'mala' } }));
    const bad = await refreshMacroSeries(t.db.db, refused, { now: NOW, log: silentLog, codes: ['dolar'] });
    expect(bad[0]?.source).toBeNull();
    expect(bad[0]?.errors[1]).toContain('Invalid username or password');
    expect(bad[0]?.errors[1]).not.toContain('mala'); // credentials never reach messages or logs
    mindicador.down = null;
  });

  it('runs as the macro.refresh job of the job system', async () => {
    mindicador.series.uf = { ...mindicador.series.uf, '2026-07-20': 40900.5 };
    const handlers = createJobHandlers({
      db: t.db,
      log: silentLog,
      storage: t.storage,
      events: t.events,
      queue: t.queue,
      rawFileRetentionDays: 15,
      macroRetrievers: createRetrievers(config()),
      clock: () => NOW,
    });
    await handlers['macro.refresh']({}, { jobId: 'macro.refresh', attempt: 1, requestId: null });
    const stored = await listMacroObservations(t.db.db, 'uf', { from: '2026-07-20' });
    expect(stored.map((o) => [o.date, o.value, o.source])).toEqual([['2026-07-20', 40900.5, 'mindicador']]);
  });
});
