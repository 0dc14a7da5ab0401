import type { AppEvent } from '@ayni/contracts';
import { findJob, inCompany, insertReport, insertSaleLines, type SaleLineInput } from '@ayni/db';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saleLine } from '../../../test/fixtures/sale-line';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';
import { formatPeriod } from './report-format';

const line = saleLine;

// January 2026 against December 2025 and January 2025; a weighed product and a customer.
const FIXTURE: SaleLineInput[] = [
  line({
    documentId: 'B-1',
    localTime: '2026-01-10T11:00:00',
    sku: 'A',
    quantity: 3,
    total: 12_990,
    customerId: 'C1',
  }),
  line({
    documentId: 'B-2',
    localTime: '2026-01-20T18:30:00',
    sku: 'B',
    unit: 'kg',
    quantity: 1.5,
    total: 8_985,
  }),
  line({
    documentId: 'B-3',
    localTime: '2026-01-21T09:00:00',
    sku: 'A',
    quantity: 1,
    total: 4_330,
    customerId: 'C2',
  }),
  line({ documentId: 'B-4', localTime: '2025-12-05T12:00:00', sku: 'A', quantity: 2, total: 8_660 }),
  line({ documentId: 'B-5', localTime: '2025-01-15T12:00:00', sku: 'C', quantity: 4, total: 20_000 }),
];

async function pdfText(body: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(body));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  // Paragraphs wrap: compare with single spaces.
  return { text: text.replace(/\s+/g, ' '), totalPages };
}

describe('executive PDF reports', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let tokenA: string;
  let tokenB: string;
  const url = (companyId: string, rest = '') => `/api/v1/companies/${companyId}/reports${rest}`;

  const request = (token: string, companyId: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: url(companyId), headers: bearer(token), payload: body });

  const waitFinished = (id: string) =>
    eventually(async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: url(a.company.id, `/${id}`),
        headers: bearer(tokenA),
      });
      const report = res.json().data;
      return report.status === 'completed' || report.status === 'failed' ? report : undefined;
    }, 60_000);

  beforeAll(async () => {
    t = await buildTestApp();
    a = await createOwner(t.db, 'Panadería Alfa');
    b = await createOwner(t.db, 'Beta');
    tokenA = await loginAs(t.app, a.email, a.password);
    tokenB = await loginAs(t.app, b.email, b.password);
    await inCompany(t.db.db, a.company.id, (tx) => insertSaleLines(tx, a.company.id, FIXTURE));
    const { id } = await t.queue.enqueue('analytics.refresh', { companyId: a.company.id });
    await eventually(
      async () => ((await findJob(t.db.db, id))?.status === 'completed' ? true : undefined),
      60_000,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('builds a Spanish PDF whose KPIs are the dashboard API figures, formatted the Chilean way', async () => {
    const res = await request(tokenA, a.company.id, {
      role: 'owner',
      period_kind: 'month',
      period: '2026-01',
      language: 'es',
    });
    expect(res.statusCode).toBe(202);
    const created = res.json().data;
    expect(created.status).toBe('queued');
    expect(created.status_url).toBe(url(a.company.id, `/${created.id}`));
    expect(res.headers.location).toBe(created.status_url);

    const report = await waitFinished(created.id);
    expect(report.status).toBe('completed');
    expect(report.download_url).toBe(`${created.status_url}/download`);

    const metrics = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.company.id}/metrics?grain=month&from=2026-01-01&to=2026-01-31`,
      headers: bearer(tokenA),
    });
    const month = metrics.json().data[0];
    expect(month.revenue).toBe(26_305);
    const summary = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.company.id}/dashboard/summary?from=2026-01-01&to=2026-01-31`,
      headers: bearer(tokenA),
    });
    expect(summary.json().data.kpis.revenue).toBe(month.revenue);

    const download = await t.app.inject({ method: 'GET', url: report.download_url, headers: bearer(tokenA) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="ayni-informe-owner-2026-01.pdf"',
    );
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, totalPages } = await pdfText(download.rawPayload);
    expect(totalPages).toBe(report.pages);
    expect(totalPages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Panadería Alfa SpA');
    expect(text).toContain(a.company.rut);
    expect(text).toContain('enero 2026');
    expect(text).toContain('Informe ejecutivo');
    // Revenue, receipts and average ticket as the metrics API has them; +203,8 % vs December
    // (8.660) and +31,5 % vs January 2025 (20.000).
    expect(text).toContain('Ventas netas $ 26.305 +203,8 % +31,5 %');
    expect(text).toContain(`Boletas ${month.transactions}`);
    expect(text).toContain(`Ticket promedio $ ${Math.round(month.avg_ticket).toLocaleString('de-DE')}`);
    expect(text).toContain('Producto A $ 17.320');
    expect(text).toContain('1,50 kg');
    expect(text).toContain('Datos hasta el: 21 de enero de 2026');
    expect(text).toContain('no constituye asesoría financiera');
    expect(text).not.toContain('Net sales');
    // January 2026 has published indicators: no note about their month.
    expect(text).toContain('Contexto macroeconómico');
    expect(text).not.toContain('Los indicadores publicados llegan hasta');
  }, 90_000);

  it('writes the English report with English numbers and words', async () => {
    const res = await request(tokenA, a.company.id, {
      role: 'finance',
      period_kind: 'quarter',
      period: '2026-Q1',
      language: 'en',
    });
    expect(res.statusCode).toBe(202);
    const report = await waitFinished(res.json().data.id);
    expect(report.status).toBe('completed');
    const download = await t.app.inject({ method: 'GET', url: report.download_url, headers: bearer(tokenA) });
    expect(download.headers['content-disposition']).toContain('ayni-report-finance-2026-Q1.pdf');
    const { text } = await pdfText(download.rawPayload);
    expect(text).toContain('Executive report');
    expect(text).toContain('Q1 2026');
    expect(text).toContain('Net sales $26,305');
    expect(text).toContain('View: Finance');
    expect(text).toContain('not financial, tax or investment advice');
    expect(text).not.toContain('Ventas netas');
  }, 90_000);

  it('gives each view its own figures and charts (marketing: customers; operations: day and hour)', async () => {
    for (const [role, expected] of [
      ['marketing', ['Clientes nuevos 2', 'Clientes nuevos y recurrentes', 'Descuentos']],
      ['operations', ['Ventas por día y hora', 'lun', 'Boletas 3']],
    ] as const) {
      const res = await request(tokenA, a.company.id, { role, period_kind: 'month', period: '2026-01' });
      const report = await waitFinished(res.json().data.id);
      expect(report.status, role).toBe('completed');
      const download = await t.app.inject({
        method: 'GET',
        url: report.download_url,
        headers: bearer(tokenA),
      });
      const { text } = await pdfText(download.rawPayload);
      for (const phrase of expected) expect(text, role).toContain(phrase);
      expect(text).toContain(role === 'marketing' ? 'Vista: Marketing' : 'Vista: Operaciones');
    }
  }, 90_000);

  it('refuses a period without sales with a clear error in both languages, and a malformed period', async () => {
    const res = await request(tokenA, a.company.id, {
      role: 'owner',
      period_kind: 'month',
      period: '2024-05',
      language: 'es',
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('UNPROCESSABLE');
    expect(error.details).toEqual([{ field: 'body.period', message: 'REPORT_NO_DATA' }]);
    expect(error.message_es).toContain('No hay ventas para 2024-05');
    expect(error.message).toContain('There are no sales for 2024-05');
    const malformed = await request(tokenA, a.company.id, {
      role: 'owner',
      period_kind: 'quarter',
      period: '2026-13',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('fails a queued report whose period has no sales with report.failed, never an empty PDF', async () => {
    const events: AppEvent[] = [];
    const stop = t.events.subscribe((event) => events.push(event));
    // Queued directly (the API refuses such a period up front): what a schedule could meet.
    const row = await inCompany(t.db.db, a.company.id, (tx) =>
      insertReport(tx, a.company.id, {
        requestedBy: a.user.id,
        role: 'owner',
        periodKind: 'month',
        period: '2023-03',
        language: 'en',
      }),
    );
    await t.queue.enqueue('reports.build', { companyId: a.company.id, reportId: row.id });
    const report = await waitFinished(row.id);
    stop();
    expect(report.status).toBe('failed');
    expect(report.download_url).toBeNull();
    expect(report.error).toMatchObject({ code: 'REPORT_NO_DATA' });
    expect(report.error.message_es).toContain('No hay ventas para 2023-03');
    const failed = events.find((e) => e.type === 'report.failed');
    expect(failed).toMatchObject({ report_id: row.id, error: { code: 'REPORT_NO_DATA' } });
    const download = await t.app.inject({
      method: 'GET',
      url: `${report.status_url}/download`,
      headers: bearer(tokenA),
    });
    expect(download.statusCode).toBe(404);
  }, 60_000);

  it('shows the latest published indicators, and says which month, for a month they have not reached', async () => {
    // Beta has no sales yet: its default month is the indicators' latest.
    const buffs = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${b.company.id}/macro/buffs`,
      headers: bearer(tokenB),
    });
    const latest = buffs.json().data;
    expect(latest.buffs.length).toBeGreaterThan(0);
    const first = new Date(
      Date.UTC(Number(latest.month.slice(0, 4)), Number(latest.month.slice(5, 7)) + 3, 1),
    );
    const month = first.toISOString().slice(0, 7);
    const sale = line({
      documentId: 'B-9',
      localTime: `${month}-10T12:00:00`,
      sku: 'A',
      quantity: 1,
      total: 5_000,
    });
    await inCompany(t.db.db, b.company.id, (tx) => insertSaleLines(tx, b.company.id, [sale]));
    const { id } = await t.queue.enqueue('analytics.refresh', { companyId: b.company.id });
    await eventually(
      async () => ((await findJob(t.db.db, id))?.status === 'completed' ? true : undefined),
      60_000,
    );
    // For that month the API itself has no fresh readings: every indicator is stale.
    const asked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${b.company.id}/macro/buffs?month=${month}`,
      headers: bearer(tokenB),
    });
    expect(asked.json().data.buffs).toEqual([]);

    const res = await request(tokenB, b.company.id, { role: 'owner', period_kind: 'month', period: month });
    const report = await eventually(async () => {
      const got = await t.app.inject({
        method: 'GET',
        url: url(b.company.id, `/${res.json().data.id}`),
        headers: bearer(tokenB),
      });
      const data = got.json().data;
      return data.status === 'completed' || data.status === 'failed' ? data : undefined;
    }, 60_000);
    expect(report.status).toBe('completed');
    const download = await t.app.inject({ method: 'GET', url: report.download_url, headers: bearer(tokenB) });
    const { text } = await pdfText(download.rawPayload);
    expect(text).not.toContain('Sin indicadores macroeconómicos');
    expect(text).toContain(
      `Los indicadores publicados llegan hasta ${formatPeriod(latest.month, 'es')}: se muestra ese mes.`,
    );
    const buff = latest.buffs[0];
    expect(text).toContain(`${buff.name_es} (${buff.data_month})`);
  }, 120_000);

  it('lets a viewer request only the owner view', async () => {
    const viewer = await addMember(t.db, a.company.id, 'viewer');
    const token = await tokenOf(t.app, viewer);
    const finance = await request(token, a.company.id, {
      role: 'finance',
      period_kind: 'month',
      period: '2026-01',
    });
    expect(finance.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: url(a.company.id), headers: bearer(token) });
    expect(list.json().data.every((r: { role: string }) => r.role === 'owner')).toBe(true);
    const mine = await request(token, a.company.id, { role: 'owner', period_kind: 'year', period: '2026' });
    expect(mine.statusCode).toBe(202);
  });

  it("answers 404 for another tenant's reports, list and download", async () => {
    const list = await t.app.inject({ method: 'GET', url: url(a.company.id), headers: bearer(tokenA) });
    const [first] = list.json().data;
    expect(first).toBeDefined();
    for (const path of ['', `/${first.id}`, `/${first.id}/download`]) {
      const res = await t.app.inject({
        method: 'GET',
        url: url(a.company.id, path),
        headers: bearer(tokenB),
      });
      expect(res.statusCode, path).toBe(404);
      expect(res.body).not.toContain('Alfa');
    }
    const post = await request(tokenB, a.company.id, {
      role: 'owner',
      period_kind: 'month',
      period: '2026-01',
    });
    expect(post.statusCode).toBe(404);
    const unknown = await t.app.inject({
      method: 'GET',
      url: url(a.company.id, '/8a0d8a3e-1f5c-4c1e-9d2a-0e6f3b1c2d4e'),
      headers: bearer(tokenA),
    });
    expect(unknown.statusCode).toBe(404);
  });
});
