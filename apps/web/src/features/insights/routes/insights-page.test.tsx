import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InsightItem, InsightsResponse } from '@ayni/contracts';
import { cleanup, configure, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { TopInsightsCard } from '../components/top-insights-card';
import { InsightsPage } from './insights-page';

// Under a loaded parallel run the first render can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

const COMPANY = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

const insight = (id: string, severity: InsightItem['severity'], es: string, en: string): InsightItem => ({
  id,
  section: 'alerts',
  severity,
  score: 50,
  audiences: ['owner'],
  title: { es, en },
  detail: { es: `Detalle de ${id}`, en: `Detail of ${id}` },
  numbers: {},
});

const TOP = [
  insight(
    'alert.growth_down',
    'critical',
    'Ventas −30 % frente al año pasado',
    'Sales −30% against last year',
  ),
  insight('alert.margin_below_threshold', 'warning', 'Margen bruto de 20 %', 'Gross margin of 20%'),
  insight('products.pareto', 'info', '3 productos hacen el 80 % de la venta', '3 products make 80% of sales'),
  insight('customers.champions', 'info', '2 clientes campeones', '2 champion customers'),
];

const counts = (a: number, b: number, c: number) => ({ A: a, B: b, C: c });
const SECTIONS = {
  products: {
    product_count: 10,
    pareto: {
      products_with_revenue: 10,
      products_for_80_pct: 3,
      share_of_products_pct: 30,
      top_20_pct_revenue_share_pct: 70,
    },
    abc_revenue: { counts: counts(3, 3, 4), value_share_pct: counts(80, 15, 5) },
    abc_margin: null,
    matrix: { counts: { star: 4, cash_cow: 1, workhorse: 1, dead_stock: 4 } },
    inventory_status: {
      hot: { products: 7, revenue: 9000 },
      active: { products: 1, revenue: 500 },
      slowing: { products: 0, revenue: 0 },
      cold: { products: 0, revenue: 0 },
      dead: { products: 2, revenue: 500 },
      zombie: { products: 0, revenue: 0 },
    },
    margin_health: {
      portfolio_margin_pct: 20,
      counts: { critical: 0, low: 10, healthy: 0, excellent: 0 },
      profit_gap: 500,
    },
  },
  customers: {
    available: true,
    customers: 15,
    rfm_segments: [
      {
        segment: 'champions',
        name: { es: 'Campeones', en: 'Champions' },
        actions: [{ es: 'Opción: acceso anticipado.', en: 'Option: early access.' }],
        customers: 2,
        revenue_share_pct: 23.33,
      },
      {
        segment: 'loyal',
        name: { es: 'Leales', en: 'Loyal' },
        actions: [],
        customers: 0,
        revenue_share_pct: 0,
      },
    ],
    cohorts: [{ cohort: '2025-01', customers: 2, retention_pct: [100, 50, 50] }],
    churn: { churned_customers: 5, at_risk_customers: 4, churn_days: 90 },
    concentration: { top_20_pct_revenue_share_pct: 91.92 },
    historical_clv: { mean: 8000, median: 7000 },
    predicted_clv: null,
    predicted_clv_rule: { min_customers: 100, min_repeat_customers: 50 },
  },
  baskets: {
    tickets: 102,
    multi_product_ticket_pct: 26.47,
    pairs: [
      {
        product_a: 'A',
        product_b: 'B',
        // A is described in the file, B is not.
        name_a: 'Pan amasado',
        name_b: null,
        tickets: 20,
        support_pct: 19.61,
        confidence_a_to_b_pct: 66.67,
        lift: 2.267,
      },
    ],
  },
  operations: null,
  trends: null,
  anomalies: null,
  alerts: null,
};

let server: Server;
let body: InsightsResponse;
let status = 200;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const [path, query = ''] = (req.url ?? '').split('?');
    if (path === `/api/v1/companies/${COMPANY}/insights`) {
      requested.push(query);
      res.writeHead(status, { 'content-type': 'application/json' });
      const error = { error: { code: 'INTERNAL', message: 'Boom', message_es: 'Falla' }, meta: {} };
      return void res.end(JSON.stringify(status === 200 ? body : error));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  setApiBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  status = 200;
  body = {
    data: {
      top: TOP,
      sections: structuredClone(SECTIONS) as unknown as InsightsResponse['data']['sections'],
    },
    meta: {
      timestamp: '',
      request_id: 'r',
      data_through: '2025-06-30',
      computed_at: '2025-07-01T00:00:00Z',
      audience: 'owner',
    },
  } as InsightsResponse;
  tokenStorage.set('token');
});

describe('InsightsPage', () => {
  it('shows the top insights, products, customers with options and basket pairs', async () => {
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Ventas −30 % frente al año pasado')).toBeTruthy();
    expect(screen.getByTestId('pareto').textContent).toBe('3 de 10 productos hacen el 80 % de la venta');
    const rfm = screen.getByRole('table', { name: 'Segmentos RFM' });
    // Empty segments are left out; the rest carry their options.
    expect(within(rfm).getByText('Campeones')).toBeTruthy();
    expect(within(rfm).queryByText('Leales')).toBeNull();
    expect(within(rfm).getByText('Opción: acceso anticipado.')).toBeTruthy();
    // The chart's words say what it draws (happy-dom has no canvas).
    expect((await screen.findByTestId('rfm-chart')).getAttribute('aria-label')).toBe(
      'Segmentos RFM: Campeones 23,3 %',
    );
    expect(screen.getByTestId('clv').textContent).toBe(
      'Valor esperado: requiere 100 clientes y 50 con compras repetidas.',
    );
    const cohorts = screen.getByRole('table', { name: /Retención por cohorte/ });
    expect(within(cohorts).getByText('2025-01')).toBeTruthy();
    // Percentages keep one decimal and columns of figures align right; labels stay left.
    expect(within(cohorts).getAllByText('50,0 %')).toHaveLength(2);
    expect(within(cohorts).getAllByText('50,0 %')[0]?.className).toContain('text-right');
    expect(within(cohorts).getByText('2025-01').className).not.toContain('text-right');
    const pairs = screen.getByRole('table', { name: /Canastas/ });
    expect(within(pairs).getByText('Pan amasado + B')).toBeTruthy();
    expect(within(pairs).getByText('2,27')).toBeTruthy();
    expect(screen.getByTestId('disclaimer').textContent).toBe(
      'Información, no asesoría financiera, legal ni tributaria.',
    );
  });

  it('speaks English with the English texts of the insights', async () => {
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
      { language: 'en' },
    );
    expect(await screen.findByText('Sales −30% against last year')).toBeTruthy();
    expect(screen.getByTestId('pareto').textContent).toBe('3 of 10 products make 80% of sales');
  });

  it('shows the margin and its gap only when the data has costs', async () => {
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    const margin = await screen.findByRole('table', { name: 'Margen de la cartera' });
    expect(
      within(margin)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['20,0 %', '$ 500']);
    // Without a margin ranking the ABC table has no "by margin" column to leave empty.
    expect(within(screen.getByRole('table', { name: 'Clases ABC' })).queryByText('Por margen')).toBeNull();
    expect(screen.getByRole('table', { name: /Matriz de productos/ }).textContent).toContain('Baja rotación');
    cleanup();

    const products = body.data.sections.products as Record<string, unknown>;
    products.margin_health = {
      portfolio_margin_pct: null,
      counts: { critical: 0, low: 0, healthy: 0, excellent: 0 },
      profit_gap: 0,
    };
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    expect((await screen.findByTestId('margin-no-cost')).textContent).toMatch(/^Tus datos no traen costos/);
    expect(screen.queryByRole('table', { name: 'Margen de la cartera' })).toBeNull();
  });

  it('lists the customers with most expected value and their probability of being active', async () => {
    const customers = body.data.sections.customers as Record<string, unknown>;
    customers.predicted_clv = {
      horizon_weeks: 52,
      total_predicted_value: 1_500_000,
      mean_probability_alive: 0.8,
      top_customers: [
        {
          customer_id: '11111111-1',
          historical_value: 400_000,
          probability_alive: 0.987,
          expected_purchases: 9.2,
          predicted_value: 350_000,
        },
      ],
    };
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    expect((await screen.findByTestId('clv')).textContent).toBe(
      'Valor esperado próximas 52 semanas: $ 1.500.000',
    );
    const table = screen.getByRole('table', { name: 'Clientes con más valor esperado' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['11.111.111-1', '$ 400.000', '$ 350.000', '98,7 %']);
  });

  it('says when there are no insights yet', async () => {
    body.data.sections = Object.fromEntries(
      Object.keys(SECTIONS).map((k) => [k, null]),
    ) as InsightsResponse['data']['sections'];
    body.data.top = [];
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    expect(await screen.findByText(/aparecen después de la primera carga/)).toBeTruthy();
  });

  it('shows an error with a retry when the API fails', async () => {
    status = 500;
    renderWithApp(
      <MemoryRouter>
        <InsightsPage companyId={COMPANY} />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('button', { name: /reintentar/i })).toBeTruthy();
  });
});

describe('TopInsightsCard (owner dashboard)', () => {
  it('shows the three most important insights, most severe first, and links to all', async () => {
    renderWithApp(
      <MemoryRouter>
        <TopInsightsCard companyId={COMPANY} audience="owner" />
      </MemoryRouter>,
    );
    const card = await screen.findByRole('region', { name: 'Lo más importante' });
    const items = await within(card).findAllByTestId('insight');
    expect(items.map((i) => i.dataset.severity)).toEqual(['critical', 'warning', 'info']);
    expect(requested).toContain('audience=owner');
    expect(within(card).queryByText('2 clientes campeones')).toBeNull();
    expect(within(card).getByRole('link', { name: 'Ver todos los hallazgos' }).getAttribute('href')).toBe(
      `/c/${COMPANY}/insights`,
    );
  });
});
