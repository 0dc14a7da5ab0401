import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';
import { startReceiver } from './test-receiver';
import { verifyAyniSignature } from './webhook-signature';

describe('webhooks API', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db, 'Hooks');
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown, as = token) =>
    t.app.inject({
      method,
      url: `/api/v1/companies/${companyId}/webhooks${path}`,
      headers: bearer(as),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('creates a webhook showing the secret once, lists it without, and audits the change', async () => {
    const res = await call('POST', '', {
      url: receiver.url,
      events: ['upload.completed', 'upload.completed'],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json().data;
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.events).toEqual(['upload.completed']);
    const list = (await call('GET', '')).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0].id).toBe(created.id);
    expect(list.data[0]).not.toHaveProperty('secret');
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/audit`,
      headers: bearer(token),
    });
    expect(JSON.stringify(audit.json().data)).toContain('webhook.created');
  });

  it('refuses plain http to other hosts, private networks and unknown events', async () => {
    for (const body of [
      { url: 'http://hooks.example.com/x', events: ['upload.completed'] },
      { url: 'https://192.168.0.10/x', events: ['upload.completed'] },
      { url: 'https://169.254.169.254/latest', events: ['report.ready'] },
      { url: 'https://hooks.example.com/x', events: ['upload.started'] },
      { url: 'https://hooks.example.com/x', events: [] },
    ]) {
      const res = await call('POST', '', body);
      expect(res.statusCode, body.url).toBe(400);
      expect(res.json().error.message_es).toBeTruthy();
    }
  });

  it('sends a signed ping on test, logged in the deliveries', async () => {
    const created = (await call('POST', '', { url: receiver.url, events: ['report.ready'] })).json().data;
    const res = await call('POST', `/${created.id}/test`);
    expect(res.statusCode).toBe(202);
    const deliveryId = res.json().data.id;
    const got = await eventually(async () =>
      receiver.received.find((r) => r.headers['ayni-delivery'] === deliveryId),
    );
    expect(got.headers['ayni-event']).toBe('ping');
    expect(got.json).toMatchObject({ type: 'ping', company_id: companyId, data: { webhook_id: created.id } });
    expect(Object.keys(got.json)).toEqual(['id', 'type', 'created_at', 'company_id', 'data']);
    expect(verifyAyniSignature(created.secret, got.headers['ayni-signature'] as string, got.body)).toBe(true);
    expect(verifyAyniSignature(created.secret, got.headers['ayni-signature'] as string, `${got.body} `)).toBe(
      false,
    );
    const log = await eventually(async () => {
      const page = (await call('GET', `/${created.id}/deliveries?page=1&page_size=10`)).json();
      return page.data[0]?.status === 'succeeded' ? page : undefined;
    });
    expect(log.meta.total).toBe(1);
    expect(log.data[0]).toMatchObject({ event_type: 'ping', attempts: 1, response_status: 200, error: null });
    expect(log.data[0].attempt_log).toHaveLength(1);
    expect(log.data[0].duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('rotates the secret (new one shown once, used from then on) and re-enabling resets failures', async () => {
    const created = (await call('POST', '', { url: receiver.url, events: ['report.ready'] })).json().data;
    const rotated = (await call('PATCH', `/${created.id}`, { rotate_secret: true })).json().data;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const deliveryId = (await call('POST', `/${created.id}/test`)).json().data.id;
    const got = await eventually(async () =>
      receiver.received.find((r) => r.headers['ayni-delivery'] === deliveryId),
    );
    expect(verifyAyniSignature(rotated.secret, got.headers['ayni-signature'] as string, got.body)).toBe(true);
    expect(verifyAyniSignature(created.secret, got.headers['ayni-signature'] as string, got.body)).toBe(
      false,
    );

    const off = (await call('PATCH', `/${created.id}`, { active: false })).json().data;
    expect(off).toMatchObject({ active: false, disabled_reason: 'disabled by a member' });
    await t.owner.db.execute(`update webhooks set consecutive_failures = 7 where id = '${created.id}'`);
    const on = (await call('PATCH', `/${created.id}`, { active: true })).json().data;
    expect(on).toMatchObject({
      active: true,
      consecutive_failures: 0,
      disabled_at: null,
      disabled_reason: null,
    });
    expect(on).not.toHaveProperty('secret');
  });

  it('lets only owners and admins manage webhooks', async () => {
    const admin = await tokenOf(t.app, await addMember(t.db, companyId, 'admin'));
    expect((await call('GET', '', undefined, admin)).statusCode).toBe(200);
    const created = await call('POST', '', { url: receiver.url, events: ['upload.failed'] }, admin);
    expect(created.statusCode).toBe(201);
    const hookId = created.json().data.id;
    for (const role of ['finance', 'operations', 'marketing', 'viewer'] as const) {
      const other = await tokenOf(t.app, await addMember(t.db, companyId, role));
      expect((await call('GET', '', undefined, other)).statusCode, role).toBe(403);
      expect(
        (await call('POST', '', { url: receiver.url, events: ['upload.failed'] }, other)).statusCode,
      ).toBe(403);
      expect((await call('PATCH', `/${hookId}`, { active: false }, other)).statusCode).toBe(403);
      expect((await call('DELETE', `/${hookId}`, undefined, other)).statusCode).toBe(403);
      expect((await call('POST', `/${hookId}/test`, undefined, other)).statusCode).toBe(403);
    }
    expect((await call('DELETE', `/${hookId}`, undefined, admin)).statusCode).toBe(200);
    expect((await call('GET', `/${hookId}/deliveries`, undefined, admin)).statusCode).toBe(404);
  });

  it("answers 404 for another company's webhook and deliveries", async () => {
    const created = (await call('POST', '', { url: receiver.url, events: ['report.ready'] })).json().data;
    const deliveryId = (await call('POST', `/${created.id}/test`)).json().data.id;
    const stranger = await createOwner(t.db, 'Stranger');
    const strangerToken = await loginAs(t.app, stranger.email, stranger.password);
    const theirs = `/api/v1/companies/${stranger.company.id}/webhooks/${created.id}`;
    const ours = `/api/v1/companies/${companyId}/webhooks/${created.id}`;
    const cases: Array<[string, string]> = [
      ['PATCH', theirs],
      ['DELETE', theirs],
      ['POST', `${theirs}/test`],
      ['GET', `${theirs}/deliveries`],
      ['POST', `${theirs}/deliveries/${deliveryId}/redeliver`],
      ['GET', `${ours}/deliveries`],
      ['DELETE', ours],
    ];
    for (const [method, url] of cases) {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: bearer(strangerToken),
        ...(method === 'PATCH' ? { payload: { active: false } } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call('GET', '')).json().data.some((h: { id: string }) => h.id === created.id)).toBe(true);
  });
});
