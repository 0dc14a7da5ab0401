import type { AppEvent } from '@ayni/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import {
  bearer,
  buildTestApp,
  createOwner,
  eventually,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import { TEST_REDIS_URL, uniquePrefix } from '../../../test/production-env';
import { uploadAndWait } from '../../../test/upload-helpers';
import { RedisEventBus } from '../../events/event-bus';
import { createJobHandlers } from '../../jobs/handlers';
import { startReceiver } from './test-receiver';
import { WebhookDispatchingEventBus } from './webhook-dispatch';
import { verifyAyniSignature } from './webhook-signature';

// Real worker, real HTTP receivers on 127.0.0.1; the retry schedule shrunk to milliseconds.
describe('webhook deliveries', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;
  let ownerEmail: string;
  let publisher: WebhookDispatchingEventBus;
  const receivers: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    publisher = new WebhookDispatchingEventBus(t.events, { db: t.db.db, queue: t.queue, log: silentLog });
    await t.queue.startWorker(
      createJobHandlers({
        db: t.db,
        log: silentLog,
        storage: t.storage,
        events: publisher,
        queue: t.queue,
        rawFileRetentionDays: 15,
        webhooks: { retryDelaysMs: [150, 150, 150], maxConsecutiveFailures: 5 },
      }),
      () => {},
    );
    const owner = await createOwner(t.db, 'Deliveries');
    companyId = owner.company.id;
    ownerEmail = owner.email;
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await t.close();
  });

  const receiver = async (answer?: (n: number) => number) => {
    const r = await startReceiver(answer);
    receivers.push(r);
    return r;
  };
  const api = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1/companies/${companyId}/webhooks${path}`,
      headers: bearer(token),
      payload,
    });
  const createHook = async (url: string, events: string[]) =>
    (await api('POST', '', { url, events })).json().data as { id: string; secret: string };
  const deliveries = async (hookId: string) =>
    (await api('GET', `/${hookId}/deliveries?page_size=100`)).json().data;
  const analyticsEvent = (from: string): AppEvent => ({
    type: 'analytics.updated',
    company_id: companyId,
    upload_id: null,
    status: null,
    rows: null,
    from,
    to: from,
    at: new Date().toISOString(),
  });

  it('retries a failing receiver until it recovers, logging both attempts', async () => {
    const r = await receiver((n) => (n === 1 ? 500 : 200));
    const hook = await createHook(r.url, ['analytics.updated']);
    await publisher.publish(analyticsEvent('2025-10-01'));
    const [done] = await eventually(async () => {
      const list = await deliveries(hook.id);
      return list[0]?.status === 'succeeded' ? list : undefined;
    });
    expect(done).toMatchObject({
      event_type: 'analytics.updated',
      attempts: 2,
      response_status: 200,
      error: null,
    });
    expect(done.attempt_log.map((a: { response_status: number }) => a.response_status)).toEqual([500, 200]);
    expect(done.attempt_log[0]).toMatchObject({
      attempt: 1,
      error: 'HTTP 500',
      response_body: 'receiver says 500',
    });
    expect(r.received).toHaveLength(2);
    // The same event, signed afresh each time.
    expect(r.received[0]?.json.id).toBe(r.received[1]?.json.id);
    for (const got of r.received) {
      expect(verifyAyniSignature(hook.secret, got.headers['ayni-signature'] as string, got.body)).toBe(true);
      expect(got.headers['ayni-delivery']).toBe(done.id);
    }
    expect(r.received[1]?.json).toMatchObject({
      type: 'analytics.updated',
      company_id: companyId,
      data: { from: '2025-10-01' },
    });
  });

  it('delivers events in the order they happened', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['analytics.updated']);
    const days = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06'];
    for (const day of days) await publisher.publish(analyticsEvent(day));
    await eventually(async () => (r.received.length === days.length ? true : undefined));
    expect(r.received.map((got) => got.json.data.from)).toEqual(days);
    // The receiver answers before the worker records the outcome: wait for the last record.
    const list = await eventually(async () => {
      const got = await deliveries(hook.id);
      return got.every((d: { status: string }) => d.status === 'succeeded' || d.status === 'failed')
        ? got
        : undefined;
    });
    expect(list).toHaveLength(days.length);
    expect(
      list.every((d: { status: string; attempts: number }) => d.status === 'succeeded' && d.attempts === 1),
    ).toBe(true);
  });

  it('only subscribed, active webhooks of the company get the event', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['report.ready']);
    const off = await createHook(r.url, ['analytics.updated']);
    await api('PATCH', `/${off.id}`, { active: false });
    await publisher.publish(analyticsEvent('2025-02-01'));
    const other = await createOwner(t.db, 'Other');
    await publisher.publish({ ...analyticsEvent('2025-02-02'), company_id: other.company.id });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(r.received).toHaveLength(0);
    expect(await deliveries(hook.id)).toHaveLength(0);
    expect(await deliveries(off.id)).toHaveLength(0);
  });

  it('gives up after the schedule, disables the webhook and e-mails the owners; redelivery works after a fix', async () => {
    let healthy = false;
    const r = await receiver(() => (healthy ? 200 : 503));
    const hook = await createHook(r.url, ['analytics.updated']);
    await publisher.publish(analyticsEvent('2025-03-01'));
    const [failed] = await eventually(async () => {
      const list = await deliveries(hook.id);
      return list[0]?.status === 'failed' ? list : undefined;
    });
    expect(failed.attempts).toBe(4);
    expect(failed.attempt_log).toHaveLength(4);
    const listed = (await api('GET', '')).json().data.find((h: { id: string }) => h.id === hook.id);
    expect(listed).toMatchObject({ active: false });
    expect(listed.disabled_reason).toContain('after every retry');
    const mail = await eventually(async () => {
      const rows = (
        await t.owner.pool.query('select "to", subject, text from email_outbox where "to" = $1', [ownerEmail])
      ).rows;
      return rows.find((m) => m.text.includes(r.url));
    });
    expect(mail.subject).toContain('webhook desactivado');
    expect(mail.text).toContain('Desactivamos tu webhook');
    expect(mail.text).toContain('We disabled your webhook');
    const audit = await t.owner.pool.query(
      `select user_id, metadata from audit_log where company_id = $1 and action = 'webhook.auto_disabled' and target_id = $2`,
      [companyId, hook.id],
    );
    expect(audit.rows).toEqual([{ user_id: null, metadata: { reason: listed.disabled_reason } }]);

    // While disabled new events are not queued; a member's redelivery is sent (once).
    await publisher.publish(analyticsEvent('2025-03-02'));
    healthy = true;
    const res = await api('POST', `/${hook.id}/deliveries/${failed.id}/redeliver`);
    expect(res.statusCode).toBe(202);
    const copyId = res.json().data.id;
    const got = await eventually(async () => r.received.find((x) => x.headers['ayni-delivery'] === copyId));
    expect(got.json.id).toBe(r.received[0]?.json.id);
    const copy = await eventually(async () => {
      const list = await deliveries(hook.id);
      return list.find((d: { id: string; status: string }) => d.id === copyId && d.status === 'succeeded');
    });
    expect(copy.attempts).toBe(1);
    expect(await deliveries(hook.id)).toHaveLength(2);
  });

  // Two failing deliveries: the fifth failed attempt comes before either delivery gives up.
  it('disables after too many consecutive failures across deliveries', async () => {
    const r = await receiver(() => 500);
    const hook = await createHook(r.url, ['analytics.updated']);
    await publisher.publish(analyticsEvent('2025-04-01'));
    await publisher.publish(analyticsEvent('2025-04-02'));
    const listed = await eventually(async () => {
      const h = (await api('GET', '')).json().data.find((x: { id: string }) => x.id === hook.id);
      return h.active ? undefined : h;
    });
    expect(listed.disabled_reason).toContain('in a row failed');
    const list = await eventually(async () => {
      const l = await deliveries(hook.id);
      return l.every((d: { status: string }) => d.status === 'failed') ? l : undefined;
    });
    expect(list).toHaveLength(2);
  });

  it.skipIf(!TEST_REDIS_URL)(
    'with Redis and several API processes an event makes one delivery per webhook',
    async () => {
      const r = await receiver();
      const hook = await createHook(r.url, ['analytics.updated']);
      const prefix = uniquePrefix('webhooks');
      // Every process wraps its bus as the runtime does; only the publisher's publish dispatches.
      const wrap = () =>
        new WebhookDispatchingEventBus(new RedisEventBus(TEST_REDIS_URL as string, prefix, silentLog), {
          db: t.db.db,
          queue: t.queue,
          log: silentLog,
        });
      const worker = wrap();
      const apis = [wrap(), wrap(), wrap()];
      const heard: AppEvent[] = [];
      for (const bus of apis) bus.subscribe((event) => heard.push(event));
      await new Promise((resolve) => setTimeout(resolve, 300)); // subscriptions live
      await worker.publish(analyticsEvent('2025-05-01'));
      await eventually(async () =>
        heard.length === apis.length && r.received.length === 1 ? true : undefined,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(r.received).toHaveLength(1);
      expect(await deliveries(hook.id)).toHaveLength(1);
      await Promise.all([worker, ...apis].map((bus) => bus.close()));
    },
  );

  it('real uploads reach the receiver as upload.completed, analytics.updated and upload.failed', async () => {
    const r = await receiver();
    const hook = await createHook(r.url, ['upload.completed', 'analytics.updated']);
    const upload = await uploadAndWait(t.app, token, companyId, posFile());
    expect(upload.status).toBe('completed');
    const got = await eventually(async () =>
      r.received.find((x) => x.json.type === 'upload.completed' && x.json.data.upload_id === upload.id),
    );
    expect(got.json.company_id).toBe(companyId);
    expect(got.json.data).toMatchObject({ status: 'completed' });
    expect(verifyAyniSignature(hook.secret, got.headers['ayni-signature'] as string, got.body)).toBe(true);
    await eventually(async () => r.received.find((x) => x.json.type === 'analytics.updated'));
    const types = r.received.map((x) => x.json.type);
    expect(types.indexOf('upload.completed')).toBeLessThan(types.indexOf('analytics.updated'));

    // A file with a header and no rows fails: upload.failed carries the error in both languages.
    const failing = await receiver();
    await createHook(failing.url, ['upload.failed']);
    const bad = await uploadAndWait(t.app, token, companyId, {
      name: 'vacio.csv',
      content: 'fecha,producto,total\n',
    });
    expect(bad.status).toBe('failed');
    const failed = await eventually(async () =>
      failing.received.find((x) => x.json.data.upload_id === bad.id),
    );
    expect(failed.json.type).toBe('upload.failed');
    expect(failed.json.data.error).toMatchObject({ code: bad.error.code });
    expect((failed.json.data.error as { message_es: string }).message_es).toBeTruthy();
  }, 180_000);

  it('a built report reaches the receiver as report.ready with its download link', async () => {
    // The company has October 2025 sales from the upload test above.
    const r = await receiver();
    const hook = await createHook(r.url, ['report.ready']);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${companyId}/reports`,
      headers: bearer(token),
      payload: { role: 'owner', period_kind: 'month', period: '2025-10', language: 'es' },
    });
    expect(res.statusCode, res.body).toBe(202);
    const reportId = res.json().data.id as string;
    const got = await eventually(
      async () =>
        r.received.find((x) => x.json.type === 'report.ready' && x.json.data.report_id === reportId),
      60_000,
    );
    expect(got.json.company_id).toBe(companyId);
    expect(got.json.data).toMatchObject({
      role: 'owner',
      period: '2025-10',
      download_url: `/api/v1/companies/${companyId}/reports/${reportId}/download`,
    });
    expect(verifyAyniSignature(hook.secret, got.headers['ayni-signature'] as string, got.body)).toBe(true);
    const pdf = await t.app.inject({
      method: 'GET',
      url: got.json.data.download_url as string,
      headers: bearer(token),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
