import type { DashboardSummary } from '@ayni/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultState, type FakeApi, startFakeApi } from '../../../../test/api-server';
import { COMPANY_A, EMPTY_SUMMARY, SUMMARY } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setApiBaseUrl } from '../../../lib/config';
import { formatCLP, formatDateTime } from '../../../lib/format';
import { tokenStorage } from '../../../lib/token-storage';

let api: FakeApi;
const DASHBOARD = `/c/${COMPANY_A.id}`;
const SUMMARY_PATH = `/api/v1/companies/${COMPANY_A.id}/dashboard/summary`;

beforeAll(async () => {
  api = await startFakeApi();
  setApiBaseUrl(api.url);
});

afterAll(() => api.close());

beforeEach(() => {
  Object.assign(api.state, defaultState());
  api.requests.length = 0;
  tokenStorage.set(api.state.token);
});

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('dashboard page', () => {
  it('renders the served KPIs formatted, the chart and the top products', async () => {
    renderApp(DASHBOARD);

    expect(await screen.findByTestId('kpi-revenue')).toBeTruthy();
    expect(text('kpi-revenue')).toBe(formatCLP(12_345_678));
    expect(text('kpi-revenue')).toMatch(/^\$\s?12\.345\.678$/);
    expect(text('kpi-tickets')).toBe('4.321');
    expect(text('kpi-average-ticket')).toMatch(/^\$\s?2\.857$/);
    expect(text('kpi-units')).toBe('9.876,5');
    expect(text('kpi-returns')).toMatch(/^\$\s?45\.990$/);
    expect(screen.getByText('Ventas netas')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: COMPANY_A.name })).toBeTruthy();
    expect(screen.getByText('RUT 76.123.456-0 · Valparaíso')).toBeTruthy();

    const chart = screen.getByTestId('revenue-chart');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('jul 2026');
    const titles = Array.from(chart.querySelectorAll('rect > title'), (title) => title.textContent);
    expect(titles).toHaveLength(5);
    expect(titles[4]).toBe(`nov 2026: ${formatCLP(2_800_000)}`);

    const table = within(screen.getByTestId('top-products'));
    expect(table.getByText('Marraqueta')).toBeTruthy();
    expect(table.getByText('Lácteos')).toBeTruthy();
    expect(table.getByText('4.100')).toBeTruthy();
    expect(table.getByText('212,5')).toBeTruthy();
    expect(table.getByText(formatCLP(3_210_000))).toBeTruthy();

    expect(screen.getByText(`Actualizado: ${formatDateTime(SUMMARY.refreshed_at ?? '')}`)).toBeTruthy();
    const summaryRequest = api.requests.find((request) => request.path === SUMMARY_PATH);
    expect(summaryRequest?.authorization).toBe(`Bearer ${api.state.token}`);
  });

  it('shows the empty state and "Procesando datos…" when there are no sales yet', async () => {
    api.state.summaries[COMPANY_A.id] = EMPTY_SUMMARY;
    renderApp(DASHBOARD);

    expect(await screen.findByText(/^Aún no hay ventas/)).toBeTruthy();
    expect(screen.getByText('Procesando datos…')).toBeTruthy();
    expect(screen.queryByTestId('kpi-revenue')).toBeNull();
  });

  it('shows an error with a retry button', async () => {
    api.state.summaryFailures = [500];
    const { user } = renderApp(DASHBOARD);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Algo falló en el servidor');
    await user.click(within(alert).getByRole('button', { name: 'Reintentar' }));

    expect(await screen.findByTestId('kpi-revenue')).toBeTruthy();
  });

  it('asks the API for the selected period, anchored on the newest data month', async () => {
    const { user, router } = renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');

    const ranged: DashboardSummary = { ...SUMMARY, kpis: { ...SUMMARY.kpis, revenue: 7_795_678 } };
    api.state.summaries[COMPANY_A.id] = ranged;
    await user.click(screen.getByRole('button', { name: '3 meses' }));

    await waitFor(() => expect(text('kpi-revenue')).toBe(formatCLP(7_795_678)));
    const last = api.requests.filter((request) => request.path === SUMMARY_PATH).at(-1);
    expect(last?.query.get('from')).toBe('2026-09-01');
    expect(last?.query.get('to')).toBe('2026-11-30');
    expect(router.state.location.search).toBe('?period=3');
    expect(screen.getByRole('button', { name: '3 meses' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches labels to English from the user menu', async () => {
    const { user } = renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');

    await user.click(screen.getByRole('button', { name: 'Menú de usuario' }));
    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByText('Net sales')).toBeTruthy();
    expect(screen.queryByText('Ventas netas')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('refreshes the figures live when the analytics job completes', async () => {
    renderApp(DASHBOARD);
    await screen.findByTestId('kpi-revenue');
    await waitFor(() => expect(api.socketCount()).toBe(1));

    api.state.summaries[COMPANY_A.id] = { ...SUMMARY, kpis: { ...SUMMARY.kpis, tickets: 5000 } };
    api.broadcast({
      type: 'job.completed',
      company_id: COMPANY_A.id,
      job_id: '1',
      name: 'analytics.refresh',
      at: new Date().toISOString(),
    });

    await waitFor(() => expect(text('kpi-tickets')).toBe('5.000'));
  });

  it('sends the user to the login page when the API answers 401', async () => {
    api.state.token = 'rotated-token';
    const { router } = renderApp(DASHBOARD);

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(tokenStorage.get()).toBeNull();
    expect(await screen.findByLabelText('Correo electrónico')).toBeTruthy();
  });
});
