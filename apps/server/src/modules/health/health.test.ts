import { connect } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';

describe('health, metrics and request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('reports ok with every check and the version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toEqual({
      status: 'ok',
      version: 'test',
      checks: { database: 'ok', queue: 'ok', disk: 'ok' },
    });
    expect(body.meta.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(body.meta.timestamp)).not.toBeNaN();
  });

  it('keeps a caller-supplied UUID request id and echoes it', async () => {
    const id = '6f1c1f1e-4f7a-4d38-9c55-2f7f6a1f0a11';
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': id } });
    expect(res.headers['x-request-id']).toBe(id);
    expect(res.json().meta.request_id).toBe(id);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'not-a-uuid' },
    });
    expect(forged.json().meta.request_id).not.toBe('not-a-uuid');
  });

  it('answers 503 with the failing check when the database is unreachable', async () => {
    // A pool pointed at a closed port: the database check must fail, not hang.
    const dead = connect('postgres://nobody@127.0.0.1:1/none', { max: 1 });
    const broken = await buildTestApp({ db: dead, startWorker: false });
    try {
      const res = await broken.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json().data.status).toBe('degraded');
      expect(res.json().data.checks.database).toBe('fail');
      expect(res.json().data.checks.disk).toBe('ok');
    } finally {
      await broken.app.close();
      await dead.close();
    }
  });

  it('exposes Prometheus metrics by route template, with job and pool gauges', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/companies/00000000-0000-4000-8000-000000000000/dashboard/summary',
    });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/health",status="200"\} \d+/,
    );
    expect(res.body).toContain('route="/api/v1/companies/:companyId/dashboard/summary",status="401"');
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toMatch(/job_queue_depth \d+/);
    expect(res.body).toMatch(/db_pool_connections\{state="total"\} \d+/);
  });

  it('answers unknown API routes with the error envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect(res.json().meta.request_id).toBeTruthy();
  });
});
