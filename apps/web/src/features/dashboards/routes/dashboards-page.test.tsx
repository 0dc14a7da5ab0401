import type { MyCompany } from '@ayni/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { analytics, resetAnalytics } from '../../../../test/fake-api/analytics-routes';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setupFakeApi } from '../../../../test/use-fake-api';
import { asPeriod, months } from '../test/fixtures';

const getApi = setupFakeApi({ signedIn: true });
const DASHBOARD = `/c/${COMPANY_A.id}`;
const METRICS = `/api/v1/companies/${COMPANY_A.id}/metrics`;

beforeEach(() => resetAnalytics());

const text = (testId: string) => screen.getByTestId(testId).textContent;
const as = (role: MyCompany['role'], default_dashboard: MyCompany['default_dashboard']) => {
  getApi().state.companies = [{ ...COMPANY_A, role, default_dashboard, permissions: ['view_dashboards'] }];
};

describe('role dashboards', () => {
  it("shows the owner's KPIs with K/M figures, changes, margin coverage, data date and disclaimer", async () => {
    analytics.metrics.day = ['2025-11-02', '2026-11-01', '2026-11-02'].map((date) =>
      asPeriod({ ...months()[0], period: date, period_start: date, period_end: date }),
    );
    renderApp(DASHBOARD);

    expect(await screen.findByTestId('kpi-revenue')).toBeTruthy();
    expect(text('kpi-revenue')).toBe('$ 12,3 MM');
    expect(screen.getByTestId('kpi-revenue').getAttribute('data-value')).toBe('12345678');
    expect(screen.getByTestId('kpi-revenue').getAttribute('title')).toBe('Valor exacto: $ 12.345.678');
    expect(text('kpi-revenue-changes')).toContain('+12,5 %');
    expect(text('kpi-revenue-changes')).toContain('−3,3 %');
    expect(text('kpi-transactions')).toBe('4.321');
    expect(text('kpi-avg_ticket')).toBe('$ 2.857');
    expect(text('kpi-margin')).toBe('32 %');
    expect(text('kpi-margin-coverage')).toBe('medido sobre el 80 % de la venta (líneas con costo)');
    expect(screen.getByText('Datos hasta 30-11-2026')).toBeTruthy();
    expect(text('dashboard-period')).toBe('Período: 01-11-2026 al 30-11-2026');
    expect(screen.getByText('Información, no asesoría financiera, legal ni tributaria.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Dueño' }).getAttribute('aria-selected')).toBe('true');

    const products = within(await screen.findByTestId('top-products'));
    expect(products.getByText('Marraqueta')).toBeTruthy();
    expect(products.getByText('$ 3.210.000')).toBeTruthy();
    // Whole units as a count; weighed products to the gram, with their unit.
    expect(products.getByText('4.100')).toBeTruthy();
    expect(products.getByText('46,166 kg')).toBeTruthy();
    expect(within(await screen.findByTestId('top-categories')).getByText('Lácteos')).toBeTruthy();
    expect((await screen.findByTestId('trend-revenue')).getAttribute('aria-label')).toContain(
      'por día del 01-11-2026',
    );

    const requests = getApi().requests.filter((request) => request.path === METRICS);
    expect(requests.map((request) => request.query.get('grain'))).toEqual(['month', 'day']);
    expect(requests[1]?.query.get('from')).toBe('2025-11-01');
  });

  it('shows nulls as — with the reason, never as 0', async () => {
    renderApp(DASHBOARD);
    await screen.findByTestId('kpi-customers');

    expect(text('kpi-customers')).toBe('—');
    expect(screen.getByTestId('kpi-customers').getAttribute('title')).toBe(
      'El archivo no identifica clientes',
    );
    expect(text('kpi-transactions-changes')).toContain('No hay datos del mismo período del año anterior');
  });

  it.each([
    ['finance', 'finance', 'Finanzas', 'kpi-cost'],
    ['marketing', 'marketing', 'Marketing', 'kpi-new_customers'],
    ['operations', 'operations', 'Operaciones', 'kpi-transactions'],
  ] as const)(
    'opens the %s dashboard for a %s member, the others one click away',
    async (role, kind, tab, kpi) => {
      as(role, kind);
      const { user, router } = renderApp(DASHBOARD);

      await waitFor(() =>
        expect(screen.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true'),
      );
      expect(await screen.findByTestId(kpi)).toBeTruthy();
      await user.click(screen.getByRole('tab', { name: 'Dueño' }));
      expect(router.state.location.search).toBe('?view=owner');
      expect(await screen.findByTestId('kpi-margin')).toBeTruthy();
    },
  );

  it('draws margin, cost and discounts for finance, and says so when the data has none', async () => {
    const day = (date: string, values: object = {}) =>
      asPeriod({ ...months()[0], period: date, period_start: date, period_end: date, ...values });
    analytics.metrics.day = [day('2026-11-01'), day('2026-11-02')];
    const first = renderApp(`${DASHBOARD}?view=finance`);
    expect(await screen.findByTestId('finance-chart')).toBeTruthy();
    expect(screen.queryByTestId('finance-empty')).toBeNull();
    // Categories by margin: those without costs sort last and must still fit.
    await waitFor(() => {
      const byMargin = getApi().requests.find(
        (r) => r.path.endsWith('/categories') && r.query.get('sort') === '-gross_margin',
      );
      expect(byMargin?.query.get('page_size')).toBe('20');
    });
    // The margin the rows are sorted by is shown in pesos, and percentages keep one decimal.
    const margins = within(await screen.findByTestId('category-margins'));
    expect(margins.getByRole('columnheader', { name: 'Margen $' })).toBeTruthy();
    expect(margins.getByText('$ 590.000')).toBeTruthy();
    expect(margins.getByText('29,7 %')).toBeTruthy();
    expect(margins.getByText('100,0 %')).toBeTruthy();
    first.unmount();

    const none = { cost: null, gross_margin: null, margin_pct: null, discount: null };
    analytics.metrics.day = [day('2026-11-01', none), day('2026-11-02', none)];
    renderApp(`${DASHBOARD}?view=finance`);
    expect((await screen.findByTestId('finance-empty')).textContent).toMatch(/^Tus datos no traen costos/);
    expect(screen.queryByTestId('finance-chart')).toBeNull();
  });

  it('says the files do not identify customers instead of charting zeros for marketing', async () => {
    const day = (date: string, values: object = {}) =>
      asPeriod({ ...months()[0], period: date, period_start: date, period_end: date, ...values });
    analytics.metrics.day = [day('2026-11-01'), day('2026-11-02')];
    const first = renderApp(`${DASHBOARD}?view=marketing`);
    expect(await screen.findByTestId('customers-chart')).toBeTruthy();
    first.unmount();

    const unknown = { customers: null, new_customers: null, returning_customers: null };
    const why = {
      customers: 'NO_CUSTOMER_DATA',
      new_customers: 'NO_CUSTOMER_DATA',
      returning_customers: 'NO_CUSTOMER_DATA',
    };
    analytics.metrics.day = [
      day('2026-11-01', { ...unknown, nulls: why }),
      day('2026-11-02', { ...unknown, nulls: why }),
    ];
    renderApp(`${DASHBOARD}?view=marketing`);
    expect((await screen.findByTestId('customers-empty')).textContent).toMatch(
      /^Tus archivos de ventas no identifican a tus clientes/,
    );
    expect(screen.queryByTestId('customers-chart')).toBeNull();
  });

  it('gives viewers the owner view, read-only, without tabs', async () => {
    as('viewer', 'owner');
    renderApp(`${DASHBOARD}?view=finance`);

    expect(await screen.findByTestId('kpi-margin')).toBeTruthy();
    expect(screen.getByText('Solo lectura')).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('shows the weekday × hour heatmap to operations', async () => {
    renderApp(`${DASHBOARD}?view=operations`);

    const heatmap = await screen.findByTestId('hours-heatmap');
    expect(heatmap.getAttribute('role')).toBe('img');
    expect(heatmap.getAttribute('aria-label')).toContain('Hora más fuerte: Dom 20:00');
  });

  it('ranks products by quantity one unit at a time for operations, with a unit switch', async () => {
    const { user } = renderApp(`${DASHBOARD}?view=operations`);

    const panel = within(await screen.findByRole('region', { name: 'Productos por unidades' }));
    await waitFor(() => expect(panel.getByText('Marraqueta')).toBeTruthy());
    // 46 kg of meat is not ranked against 4.100 loaves.
    expect(panel.queryByText('Carne molida')).toBeNull();
    const productRequests = () =>
      getApi().requests.filter((r) => r.path === `/api/v1/companies/${COMPANY_A.id}/products`);
    expect(productRequests().map((r) => [r.query.get('sort'), r.query.get('unit')])).toContainEqual([
      '-units',
      'un',
    ]);

    await user.click(panel.getByRole('button', { name: 'Kilos' }));
    const kilos = within(await screen.findByRole('region', { name: 'Productos por kilos' }));
    await waitFor(() => expect(kilos.getByText('Carne molida')).toBeTruthy());
    expect(kilos.queryByText('Marraqueta')).toBeNull();
    expect(kilos.getByText('46,166 kg')).toBeTruthy();
    expect(kilos.getByRole('columnheader', { name: 'Cantidad' })).toBeTruthy();
    expect(kilos.getByRole('button', { name: 'Kilos' }).getAttribute('aria-pressed')).toBe('true');

    // A period without weighed products lists units, with no switch.
    analytics.products = analytics.products.filter((p) => p.unit_type !== 'kg');
    analytics.metrics.quarter = [
      asPeriod({ ...months()[12], period: '2026-Q3', period_start: '2026-07-01', period_end: '2026-09-30' }),
    ];
    await user.click(screen.getByRole('button', { name: 'Último trimestre' }));
    const units = within(await screen.findByRole('region', { name: 'Productos por unidades' }));
    await waitFor(() => expect(units.getByText('Marraqueta')).toBeTruthy());
    expect(units.queryByTestId('unit-switch')).toBeNull();
  });

  it('shows no unit switch when every product is counted in units', async () => {
    analytics.products = analytics.products.filter((p) => p.unit_type !== 'kg');
    renderApp(`${DASHBOARD}?view=operations`);

    const panel = within(await screen.findByRole('region', { name: 'Productos por unidades' }));
    await waitFor(() => expect(panel.getByText('Marraqueta')).toBeTruthy());
    expect(panel.queryByTestId('unit-switch')).toBeNull();
  });

  it('asks for the quarter by week when the period changes, and a custom range', async () => {
    analytics.metrics.quarter = [
      asPeriod({ ...months()[12], period: '2026-Q3', period_start: '2026-07-01', period_end: '2026-09-30' }),
    ];
    const { user, router } = renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');

    await user.click(screen.getByRole('button', { name: 'Último trimestre' }));
    await waitFor(() => expect(text('dashboard-period')).toBe('Período: 01-07-2026 al 30-09-2026'));
    expect(router.state.location.search).toBe('?period=quarter');
    const grains = () =>
      getApi()
        .requests.filter((r) => r.path === METRICS)
        .map((r) => r.query.get('grain'));
    await waitFor(() => expect(grains()).toEqual(expect.arrayContaining(['quarter', 'week'])));

    await user.click(screen.getByRole('button', { name: 'Personalizado' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?period=custom&from=2026-07-01&to=2026-09-30'),
    );
    expect(screen.getByLabelText('Desde')).toBeTruthy();
  });

  it('shows the empty state with the upload wizard and a sample file', async () => {
    analytics.metrics = { month: [] };
    analytics.dataThrough = null;
    renderApp(DASHBOARD);

    expect(await screen.findByText('Aún no hay ventas para mostrar')).toBeTruthy();
    // The empty state re-renders once the member's permissions arrive: look it up afresh each
    // time (a container captured before that is detached and never gets the link).
    const emptyState = () =>
      within(screen.getByText('Aún no hay ventas para mostrar').parentElement as HTMLElement);
    await waitFor(
      () =>
        expect(emptyState().getByRole('link', { name: 'Cargar datos' }).getAttribute('href')).toBe(
          `${DASHBOARD}/uploads/new`,
        ),
      { timeout: 10_000 },
    );
    expect(
      emptyState().getByRole('link', { name: 'Descargar un archivo de ejemplo' }).getAttribute('href'),
    ).toBe('/ejemplo-ventas-ayni.csv');
    expect(screen.queryByTestId('kpi-revenue')).toBeNull();
  });

  it('shows an error with a retry button', async () => {
    analytics.failures = [500];
    renderApp(DASHBOARD);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Algo falló en el servidor');
    expect(within(alert).getByRole('button', { name: 'Reintentar' })).toBeTruthy();
  });

  it('switches to English', async () => {
    const { user } = renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');

    await user.click(screen.getByRole('button', { name: /menú de usuario$/i }));
    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByText('Net sales')).toBeTruthy();
    expect(screen.getByText('Data through 30-11-2026')).toBeTruthy();
    expect(screen.getByText('Information, not financial, legal or tax advice.')).toBeTruthy();
    expect(text('kpi-margin-coverage')).toBe('measured on 80 % of sales (lines with a cost)');
  });

  it('refreshes the figures live when analytics.updated arrives', async () => {
    renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');
    await waitFor(() => expect(getApi().socketCount()).toBe(1));

    const rows = months();
    rows[12] = asPeriod({ ...rows[12], transactions: 5000 });
    analytics.metrics.month = rows;
    getApi().broadcast({
      type: 'analytics.updated',
      company_id: COMPANY_A.id,
      upload_id: null,
      status: null,
      rows: null,
      from: null,
      to: null,
      at: new Date().toISOString(),
    });

    await waitFor(() => expect(text('kpi-transactions')).toBe('5.000'));
  });
});
