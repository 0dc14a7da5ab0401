import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addMembership, connect, insertCompany, insertSaleLines, insertUser } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDatabase } from '../../../../test/test-database';
import { findFreePort } from '../../src/infra/free-port';
import { hashPassword } from '../../src/lib/passwords';
import { posFile } from '../fixtures/pos-export';
import { saleLine } from '../fixtures/sale-line';
import { eventually } from '../helpers';
import { TEST_DATABASE_URL, TEST_REDIS_URL, uniquePrefix } from '../production-env';
import { type SpawnedEntry, spawnEntry } from '../spawn-entry';

const enabled = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);

describe.skipIf(!enabled)('api and worker as separate processes (PostgreSQL + Redis)', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let env: Record<string, string>;
  const processes: SpawnedEntry[] = [];
  let port: number;

  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
    port = await findFreePort();
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL as string,
      AYNI_QUEUE_PREFIX: uniquePrefix('procs'),
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars!',
      AYNI_ADMIN_PASSWORD: 'a strong admin password',
      AYNI_DATA_DIR: '/tmp',
      // api and worker share the raw-file storage (a folder here, S3 in a real deployment) and its key
      STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'ayni-procs-storage-')),
      STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      PORT: String(port),
      HOST: '127.0.0.1',
    };
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await database.drop();
  });

  it('refuses to start with the demo admin password', async () => {
    const api = spawnEntry('api', { ...env, AYNI_ADMIN_PASSWORD: 'gabe123123' });
    processes.push(api);
    expect(await api.exited).not.toBe(0);
    expect(api.output()).toContain('demo admin password');
  });

  it('refuses to start without Redis', async () => {
    const { REDIS_URL: _, ...withoutRedis } = env;
    const api = spawnEntry('api', withoutRedis);
    processes.push(api);
    expect(await api.exited).not.toBe(0);
    expect(api.output()).toContain('REDIS_URL');
  });

  it('runs a job the API enqueues in the worker and pushes its event back through the API', async () => {
    const api = spawnEntry('api', env);
    const metricsPort = await findFreePort();
    const worker = spawnEntry('worker', { ...env, PORT: '0', METRICS_PORT: String(metricsPort) });
    processes.push(api, worker);
    await Promise.all([api.waitFor('AYNI API listening'), worker.waitFor('AYNI worker consuming jobs')]);
    const base = `http://127.0.0.1:${port}`;

    const health = await fetch(`${base}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { data: { checks: unknown } }).data.checks).toEqual({
      database: 'ok',
      queue: 'ok',
      disk: 'ok',
    });

    // Data for one company, written straight to the shared database.
    const db = connect(database.url, { max: 2 });
    const user = await insertUser(db.db, {
      email: 'duena@example.cl',
      name: 'Dueña',
      passwordHash: await hashPassword('una clave larga 123'),
    });
    const company = await insertCompany(db.db, {
      name: 'Panadería Sur',
      rut: '76086428-5',
      industry: 'retail',
      size: 'micro',
      region: 'Región del Biobío',
    });
    await addMembership(db.db, company.id, user.id, 'owner');
    const sale = (documentId: string, total: number) =>
      saleLine({ documentId, total, localTime: '2026-10-05T11:00:00', sku: 'PAN', productName: 'Pan' });

    await insertSaleLines(db.db, company.id, [sale('B-1', 1500), sale('B-2', 2500)]);
    await db.close();

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'duena@example.cl', password: 'una clave larga 123' }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/ws?token=${token}`);
    const events: Array<{ type: string; company_id?: string }> = [];
    socket.on('message', (raw) => events.push(JSON.parse(raw.toString())));
    await eventually(async () => (events.some((e) => e.type === 'hello') ? true : undefined));

    const refresh = await fetch(`${base}/api/v1/companies/${company.id}/analytics/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refresh.status, api.output().slice(-2000)).toBe(202);
    await eventually(async () => (events.some((e) => e.type === 'job.completed') ? true : undefined), 20_000);
    expect(events.find((e) => e.type === 'job.completed')?.company_id).toBe(company.id);
    expect(worker.output()).toContain('analytics refreshed');
    expect(api.output()).not.toContain('analytics refreshed');

    const summary = await fetch(`${base}/api/v1/companies/${company.id}/dashboard/summary`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await summary.json()) as { data: { kpis: unknown } }).data.kpis).toMatchObject({
      revenue: 4000,
      tickets: 2,
      average_ticket: 2000,
    });

    // An upload: the API stores the file, the worker reads it back, imports it and says so.
    const form = new FormData();
    form.append('file', new Blob([posFile().content]), 'ventas.csv');
    const posted = await fetch(`${base}/api/v1/companies/${company.id}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(posted.status, api.output().slice(-2000)).toBe(202);
    const uploadId = ((await posted.json()) as { data: { id: string } }).data.id;
    await eventually(
      async () =>
        events.some(
          (e) => e.type === 'analytics.updated' && (e as { upload_id?: string }).upload_id === uploadId,
        )
          ? true
          : undefined,
      30_000,
    );
    const upload = (await (
      await fetch(`${base}/api/v1/uploads/${uploadId}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { data: { status: string; rows: { inserted: number; rejected: number } } };
    expect(upload.data).toMatchObject({ status: 'completed', rows: { inserted: 5, rejected: 2 } });
    expect(worker.output()).toContain('upload imported');
    socket.close();

    // The worker's own probe: its job counters and health.
    const workerMetrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(workerMetrics).toMatch(/jobs_total\{name="analytics.refresh",status="completed"\} 1/);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health`)).status).toBe(200);

    expect(await worker.stop('SIGTERM')).toBe(0);
    expect(await api.stop('SIGTERM')).toBe(0);
  });
});
