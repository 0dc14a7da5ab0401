import type { AppEvent } from '@ayni/contracts';
import { findJob, inCompany, insertSaleLines, listOutboxFor, schema } from '@ayni/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saleLine } from '../../../test/fixtures/sale-line';
import {
  bearer,
  buildTestApp,
  createOwner,
  eventually,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import { createJobHandlers } from '../../jobs/handlers';
import { OutboxMailer } from '../../lib/mailer/outbox-mailer';

// Now (real clock) is before 2027; the sweep runs on 2027-01-04 12:00 UTC (a Monday): weekly
// schedules report ISO week 2026-W53 (Dec 28 – Jan 3), monthly ones December 2026.
const SWEEP_AT = Date.parse('2027-01-04T12:00:00Z');

const FIXTURE = [
  saleLine({ documentId: 'B-1', localTime: '2026-12-10T11:00:00', sku: 'A', total: 15_990 }),
  saleLine({ documentId: 'B-2', localTime: '2026-12-29T17:00:00', sku: 'B', quantity: 2, total: 5_980 }),
];

describe('scheduled report e-mails', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let tokenA: string;
  const meUrl = (companyId: string) => `/api/v1/companies/${companyId}/report-schedules/me`;

  /** The real `reports.schedule` handler with an injected clock and the outbox mailer. */
  const sweep = (at: number) =>
    createJobHandlers({
      db: t.db,
      log: silentLog,
      storage: t.storage,
      events: t.events,
      queue: t.queue,
      rawFileRetentionDays: 15,
      clock: () => at,
      mailer: new OutboxMailer(t.db.db, silentLog),
      publicUrl: 'https://app.ayni.cl/',
    })['reports.schedule']({}, { jobId: 'test', attempt: 1, requestId: null });

  beforeAll(async () => {
    t = await buildTestApp();
    a = await createOwner(t.db, 'Ferretería Sur');
    tokenA = await loginAs(t.app, a.email, a.password);
    await inCompany(t.db.db, a.company.id, (tx) => insertSaleLines(tx, a.company.id, FIXTURE));
    const { id } = await t.queue.enqueue('analytics.refresh', { companyId: a.company.id });
    await eventually(
      async () => ((await findJob(t.db.db, id))?.status === 'completed' ? true : undefined),
      60_000,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('saves, shows and validates the member schedule', async () => {
    const empty = await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenA) });
    expect(empty.json().data).toEqual({ weekly: null, monthly: null });
    const put = await t.app.inject({
      method: 'PUT',
      url: meUrl(a.company.id),
      headers: bearer(tokenA),
      payload: { weekly: { role: 'operations', language: 'en' }, monthly: { role: 'owner', language: 'es' } },
    });
    expect(put.statusCode).toBe(200);
    const data = put.json().data;
    expect(data.weekly).toMatchObject({ role: 'operations', language: 'en', last_sent_at: null });
    expect(new Date(data.weekly.next_run_at).getUTCDay()).toBe(1);
    expect(data.monthly.next_run_at).toMatch(/^\d{4}-\d{2}-01T11:00:00/);
    const bad = await t.app.inject({
      method: 'PUT',
      url: meUrl(a.company.id),
      headers: bearer(tokenA),
      payload: { weekly: { role: 'boss', language: 'es' } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('sweeps due schedules: builds, e-mails with a link in the member language, advances next_run_at', async () => {
    const events: AppEvent[] = [];
    const stop = t.events.subscribe((event) => events.push(event));
    await sweep(SWEEP_AT);
    stop();

    const mails = await listOutboxFor(t.db.db, a.email);
    expect(mails).toHaveLength(2);
    const spanish = mails.find((m) => m.subject.startsWith('Informe AYNI'));
    const english = mails.find((m) => m.subject.startsWith('AYNI report'));
    expect(spanish?.subject).toBe('Informe AYNI de Ferretería Sur SpA: diciembre 2026');
    expect(english?.subject).toBe('AYNI report for Ferretería Sur SpA: week 53 of 2026');
    const link = /https:\/\/app\.ayni\.cl\/c\/[0-9a-f-]+\/reports\?report=([0-9a-f-]+)/.exec(
      spanish?.text ?? '',
    );
    expect(link).not.toBeNull();
    expect(spanish?.text).toContain('https://app.ayni.cl/api/v1/report-schedules/unsubscribe?token=');

    // The linked report is the finished PDF of December, and its events went out.
    const reportId = link?.[1] as string;
    const report = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.company.id}/reports/${reportId}`,
      headers: bearer(tokenA),
    });
    expect(report.json().data).toMatchObject({ status: 'completed', period: '2026-12', scheduled: true });
    const download = await t.app.inject({
      method: 'GET',
      url: report.json().data.download_url,
      headers: bearer(tokenA),
    });
    expect(download.headers['content-type']).toBe('application/pdf');
    const types = events.filter((e) => 'report_id' in e && e.report_id === reportId).map((e) => e.type);
    expect(types[0]).toBe('report.progress');
    expect(types.at(-1)).toBe('report.ready');

    const schedule = (
      await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenA) })
    ).json().data;
    expect(schedule.weekly.next_run_at).toBe('2027-01-11T11:00:00.000Z');
    expect(schedule.monthly.next_run_at).toBe('2027-02-01T11:00:00.000Z');
    expect(schedule.monthly.last_sent_at).toBe(new Date(SWEEP_AT).toISOString());

    // Nothing is due any more at the same moment.
    await sweep(SWEEP_AT);
    expect(await listOutboxFor(t.db.db, a.email)).toHaveLength(2);
  }, 120_000);

  it('unsubscribes with the e-mail link without signing in, and refuses a forged token', async () => {
    const [mail] = (await listOutboxFor(t.db.db, a.email)).filter((m) =>
      m.subject.startsWith('Informe AYNI'),
    );
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(mail?.text ?? '')?.[1] ?? '');
    const unsub = (value: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/report-schedules/unsubscribe?token=${encodeURIComponent(value)}`,
      });

    const [payload, signature] = token.split('.') as [string, string];
    const other = await createOwner(t.db, 'Otra');
    const retargeted = Buffer.from(
      `${other.company.id}.${Buffer.from(payload, 'base64url').toString().split('.')[1]}`,
    ).toString('base64url');
    for (const forged of [
      `${payload}.${'A'.repeat(signature.length)}`,
      `${retargeted}.${signature}`,
      'garbage',
    ]) {
      const res = await unsub(forged);
      expect(res.statusCode, forged).toBe(400);
      expect(res.body).toContain('no es válido');
    }
    const stillOn = (
      await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenA) })
    ).json();
    expect(stillOn.data.monthly).not.toBeNull();

    const res = await unsub(token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Suscripción anulada');
    const after = (
      await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenA) })
    ).json();
    expect(after.data.monthly).toBeNull();
    expect(after.data.weekly).not.toBeNull();
    const rows = await t.owner.db
      .select()
      .from(schema.reportSchedules)
      .where(eq(schema.reportSchedules.companyId, a.company.id));
    expect(rows.find((r) => r.frequency === 'monthly')?.active).toBe(false);

    // Switched off: a later sweep sends only the weekly one.
    await sweep(Date.parse('2027-02-02T12:00:00Z'));
    const subjects = (await listOutboxFor(t.db.db, a.email)).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith('Informe AYNI'))).toHaveLength(1);
  }, 120_000);

  it('DELETE stops every report e-mail; another tenant gets 404', async () => {
    const b = await createOwner(t.db, 'Beta');
    const tokenB = await loginAs(t.app, b.email, b.password);
    const foreign = await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenB) });
    expect(foreign.statusCode).toBe(404);
    const del = await t.app.inject({ method: 'DELETE', url: meUrl(a.company.id), headers: bearer(tokenA) });
    expect(del.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: meUrl(a.company.id), headers: bearer(tokenA) });
    expect(after.json().data).toEqual({ weekly: null, monthly: null });
  });
});
