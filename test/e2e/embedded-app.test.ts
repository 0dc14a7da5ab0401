import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AskAnswer, DashboardSummary, MetricPeriod, MyCompany, ProductSales } from '@ayni/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../apps/server/src/infra/free-port';
import { type SpawnedEntry, spawnEntry } from '../../apps/server/test/spawn-entry';
import { launchChromium } from './browser';

interface Api {
  companies(): Promise<MyCompany[]>;
  summary(companyId: string): Promise<DashboardSummary>;
  months(companyId: string): Promise<MetricPeriod[]>;
  products(companyId: string, from: string, to: string): Promise<ProductSales[]>;
  ask(companyId: string, question: string): Promise<AskAnswer>;
}

/** The dashboard's period for "Último mes": the newest complete month (else the newest). */
function currentMonth(rows: MetricPeriod[]): MetricPeriod {
  const sorted = [...rows].sort((a, b) => a.period_start.localeCompare(b.period_start));
  return (sorted.filter((row) => row.partial !== true).at(-1) ?? sorted.at(-1)) as MetricPeriod;
}

/** `npm start` as a newcomer runs it: embedded PostgreSQL, demo seed, API + web + jobs in one process. */
describe('embedded app: npm start to a dashboard with real figures', () => {
  let dataDir: string;
  let port: number;
  let server: SpawnedEntry;
  let browser: Browser;
  let base: string;
  let api: Api;

  const start = () =>
    spawnEntry('main', {
      AYNI_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOB_CONCURRENCY: '1',
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ayni-e2e-'));
    chmodSync(dataDir, 0o755);
    port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    server = start();
    await server.waitFor('AYNI is running', 120_000);
    browser = await launchChromium();
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@ayni.cl', password: 'gabe123123' }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const get = async <T>(url: string): Promise<T> => {
      const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      return ((await res.json()) as { data: T }).data;
    };
    api = {
      companies: () => get<MyCompany[]>('/api/v1/companies'),
      summary: (id) => get<DashboardSummary>(`/api/v1/companies/${id}/dashboard/summary`),
      months: (id) => get<MetricPeriod[]>(`/api/v1/companies/${id}/metrics?grain=month`),
      products: (id, from, to) =>
        get<ProductSales[]>(`/api/v1/companies/${id}/products?from=${from}&to=${to}&page_size=8`),
      ask: async (id, question) => {
        const res = await fetch(`${base}/api/v1/companies/${id}/ask`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ question }),
        });
        if (res.status !== 200) throw new Error(`ask: ${res.status} ${await res.text()}`);
        return ((await res.json()) as { data: AskAnswer }).data;
      },
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the URL and the demo login, and answers health, docs and metrics', async () => {
    expect(server.output()).toContain(`AYNI is running at http://localhost:${port}`);
    expect(server.output()).toContain('admin@ayni.cl / gabe123123');
    const health = await fetch(`${base}/api/v1/health`);
    expect(health.status).toBe(200);
    const docs = await fetch(`${base}/api/docs/json`);
    expect(((await docs.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('http_requests_total');
  });

  it('seeded a demo company with 18 months of sales and its figures', async () => {
    const companies = await api.companies();
    expect(companies).toHaveLength(1);
    const company = companies[0] as MyCompany;
    expect(company).toMatchObject({ name: 'Minimarket Los Aromos SpA', role: 'owner' });
    let data = await api.summary(company.id);
    for (let i = 0; i < 100 && !data.refreshed_at; i++) {
      await new Promise((r) => setTimeout(r, 200));
      data = await api.summary(company.id);
    }
    expect(data.refreshed_at).not.toBeNull();
    expect(data.by_month.length).toBeGreaterThanOrEqual(18);
    expect(data.by_month.length).toBeLessThanOrEqual(19);
    expect(data.kpis.tickets).toBeGreaterThan(10_000);
    expect(data.kpis.revenue).toBeGreaterThan(0);
    expect(data.kpis.returns).toBeGreaterThan(0);
  });

  it('logs in through the browser and shows the role dashboards with the same figures as the API', async () => {
    const companyId = (await api.companies())[0]?.id as string;
    // The seed's refresh job writes the daily rollup first and the features right after.
    let months = await api.months(companyId);
    for (let i = 0; i < 150 && months.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      months = await api.months(companyId);
    }
    const month = currentMonth(months);
    const products = await api.products(companyId, month.period_start, month.period_end);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A visitor meets the landing page first, and signs in from there.
    await page.goto(`${base}/`);
    await page.waitForURL(/\/welcome/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ingresar' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
    await page.getByLabel('Contraseña').fill('gabe123123');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(new RegExp(`/c/${companyId}`));
    // The owner lands on the owner dashboard, last complete month: the API's stored month figures.
    expect(await page.getByRole('tab', { name: 'Dueño' }).getAttribute('aria-selected')).toBe('true');
    const revenue = page.getByTestId('kpi-revenue');
    await revenue.waitFor();
    expect(Number(await revenue.getAttribute('data-value'))).toBe(month.revenue);
    expect(await revenue.getAttribute('title')).toBe(
      `Valor exacto: $ ${new Intl.NumberFormat('es-CL').format(Math.round(month.revenue))}`,
    );
    expect(await page.getByTestId('kpi-transactions').textContent()).toBe(
      new Intl.NumberFormat('es-CL').format(month.transactions),
    );
    const [y, m, d] = month.period_end.split('-');
    expect(await page.getByTestId('dashboard-period').textContent()).toContain(`${d}-${m}-${y}`);
    expect(await page.getByTestId('data-through').textContent()).toMatch(/^Datos hasta \d{2}-\d{2}-\d{4}$/);
    expect(await page.getByTestId('disclaimer').textContent()).toContain('no asesoría financiera');
    await page.getByTestId('trend-revenue').locator('canvas').first().waitFor();
    const topProduct = products[0]?.description ?? products[0]?.product_id ?? '';
    await expect.poll(async () => await page.getByTestId('top-products').textContent()).toContain(topProduct);

    // Ask AYNI from the dashboard: the browser shows the answer the API gives for that question.
    const question = '¿Cuánto vendí el mes pasado comparado con el anterior?';
    const asked = await api.ask(companyId, question);
    expect(asked.kind).toBe('query');
    await page.getByLabel('Tu pregunta').fill(question);
    await page.getByRole('button', { name: 'Preguntar' }).click();
    const answer = page.getByTestId('ask-answer');
    await answer.waitFor();
    expect(await answer.locator('p').first().textContent()).toBe(asked.answer);
    expect(asked.answer).toMatch(/\$ ?[\d.]+/);

    mkdirSync('test-results', { recursive: true });
    for (const view of ['owner', 'operations', 'marketing', 'finance']) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}/c/${companyId}?view=${view}`);
        await page.getByTestId('kpi-revenue').waitFor();
        await page.locator('[role="img"] canvas').first().waitFor();
        await page.waitForTimeout(400);
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - window.innerWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/dashboard-${view}-${width}.png`, fullPage: true });
      }
    }
    await page.close();
  }, 180_000);

  it('stops cleanly on Ctrl-C and the next start reuses the data', async () => {
    const companyId = (await api.companies())[0]?.id as string;
    const ticketsBefore = (await api.summary(companyId)).kpis.tickets;
    expect(await server.stop('SIGINT')).toBe(0);
    expect(server.output()).toContain('shutting down');

    server = start();
    await server.waitFor('AYNI is running', 120_000);
    expect(server.output()).not.toContain('creating the embedded PostgreSQL data folder');
    expect(server.output()).not.toContain('demo company seeded');
    expect((await api.companies()).map((c) => c.id)).toEqual([companyId]);
    expect((await api.summary(companyId)).kpis.tickets).toBe(ticketsBefore);
  });
});
