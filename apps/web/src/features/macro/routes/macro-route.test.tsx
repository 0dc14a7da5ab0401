import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { analytics, resetAnalytics } from '../../../../test/fake-api/analytics-routes';
import { macro, resetMacro } from '../../../../test/fake-api/macro-routes';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setupFakeApi } from '../../../../test/use-fake-api';
import { month } from '../../dashboards/test/fixtures';

const getApi = setupFakeApi({ signedIn: true });
const PAGE = `/c/${COMPANY_A.id}/macro`;

beforeEach(() => {
  resetAnalytics();
  resetMacro();
  analytics.metrics.month = [
    month('2023-12', {
      revenue: 9_000_000,
      revenue_real: null,
      nulls: { revenue_real: 'IPC_NOT_PUBLISHED' },
    }),
    month('2024-01', {
      revenue: 11_000_000,
      revenue_uf: 298.87,
      revenue_usd: 12130.43,
      revenue_real: 11424599.37,
      revenue_real_yoy_pct: 6.02,
    }),
    // The month in progress: its low revenue is not a fall in sales.
    month('2024-02', { revenue: 1_000_000, partial: true }),
  ];
  analytics.macro = {
    base_month: '2024-12',
    uf_through: '2024-01-31',
    usd_through: '2024-01-31',
    ipc_through: '2026-08',
  };
});

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('macro page', () => {
  it('shows buffs and debuffs with the score, revenue nominal vs real vs UF, correlations and series dates', async () => {
    const { user } = renderApp(PAGE);
    // The page's chunk loads on first use: allow it time under a loaded parallel run.
    expect(await screen.findByText('Tu negocio y la economía chilena', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/Contexto, no consejo/)).toBeTruthy();

    expect(await screen.findByTestId('macro-score')).toBeTruthy();
    expect(text('macro-score')).toBe('Puntaje 4,5 de 10');
    expect(
      screen.getByText('Cómo se movió cada indicador en 01-2024 para un negocio importador.'),
    ).toBeTruthy();
    const dollar = within(screen.getByTestId('buff-dolar'));
    expect(dollar.getByText('+3,72 %')).toBeTruthy();
    expect(dollar.getByText('En contra')).toBeTruthy();
    expect(dollar.getByText(/lo importado cuesta más pesos/)).toBeTruthy();
    expect(within(screen.getByTestId('buff-tpm')).getByText('0 pp')).toBeTruthy();
    expect(screen.getByText('Sin datos suficientes: Euro.')).toBeTruthy();
    const monthInput = screen.getByLabelText('Mes de la lectura') as HTMLInputElement;
    expect(monthInput.value).toBe('2024-01');

    const january = within(await screen.findByTestId('macro-revenue-2024-01'));
    expect(january.getByText(/11\.000\.000/)).toBeTruthy();
    expect(january.getByText(/11\.424\.599/)).toBeTruthy();
    expect(january.getByText('298,87 UF')).toBeTruthy();
    expect(january.getByText('US$ 12.130,43')).toBeTruthy();
    expect(january.getByText('+6,02 %')).toBeTruthy();
    // A null is a dash with its reason, never 0.
    expect(within(screen.getByTestId('macro-revenue-2024-02')).getByText('parcial')).toBeTruthy();
    expect(january.queryByText('parcial')).toBeNull();
    expect(screen.getByTestId('macro-revenue-chart').getAttribute('aria-label')).toMatch(
      /Con datos solo en parte: feb 2024\.$/,
    );
    const december = screen.getByTestId('macro-revenue-2023-12');
    expect(within(december).getAllByText('—').length).toBeGreaterThan(0);
    expect(december.querySelector('[title="IPC_NOT_PUBLISHED"]')?.textContent).toBe('—');
    expect(text('macro-revenue-through')).toBe(
      'UF hasta 31-01-2024 · dólar hasta 31-01-2024 · IPC hasta 08-2026',
    );
    expect(screen.getByText('Pesos reales de 12-2024; UF y dólar al promedio de cada mes.')).toBeTruthy();

    expect(await screen.findByTestId('macro-corr-caveat')).toBeTruthy();
    expect(text('macro-corr-caveat')).toContain('Con 4 meses de historia (menos de 24)');
    expect(within(screen.getByTestId('corr-ipc')).getByText('1')).toBeTruthy();
    // Why a correlation is missing is written in its cell (no tooltip on a phone).
    expect(within(screen.getByTestId('corr-euro')).getByText('Muy pocos meses en común')).toBeTruthy();

    const uf = within(await screen.findByTestId('series-uf'));
    expect(uf.getByText('$ 40.844,79')).toBeTruthy();
    expect(uf.getByText(/11-07-2026/)).toBeTruthy();
    expect(uf.getByText('(copia incluida)')).toBeTruthy();
    expect(within(screen.getByTestId('series-euro')).getByText('Sin datos aún')).toBeTruthy();
    expect(await screen.findByText('2 días con el último valor (fines de semana y feriados)')).toBeTruthy();
    expect(screen.getByTestId('macro-series-chart').getAttribute('aria-label')).toContain(
      'del 10-07-2026 al 12-07-2026',
    );
    fireEvent.change(monthInput, { target: { value: '2023-12' } });
    await waitFor(() =>
      expect(
        getApi().requests.some((r) => r.path.endsWith('/macro/buffs') && r.query.get('month') === '2023-12'),
      ).toBe(true),
    );
    await user.click(screen.getByRole('button', { name: 'Unidad de Fomento (UF)' }));
    await waitFor(() =>
      expect(getApi().requests.some((r) => r.path === '/api/v1/macro/series/uf')).toBe(true),
    );
  });

  it('drops the caveat with 24 months or more', async () => {
    macro.revenueMonths = 30;
    renderApp(PAGE);
    expect(await screen.findByTestId('macro-correlations', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('macro-corr-caveat')).toBeNull();
  });

  it('shows a clear error and recovers on retry when the buffs cannot load', async () => {
    macro.buffsFailures = [500];
    const { user } = renderApp(PAGE);
    expect(await screen.findByText('Algo falló en el servidor', {}, { timeout: 10_000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByTestId('macro-score')).toBeTruthy();
  });

  it('speaks English too', async () => {
    renderApp(PAGE, { language: 'en' });
    expect(
      await screen.findByText('Your business and the Chilean economy', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(within(await screen.findByTestId('buff-dolar')).getByText('Hurts')).toBeTruthy();
    expect(text('macro-score')).toBe('Score 4,5 out of 10');
  });

  it('is linked from the main nav and from the finance dashboard overlay', async () => {
    getApi().state.companies = [
      { ...COMPANY_A, role: 'owner', default_dashboard: 'finance', permissions: ['view_dashboards'] },
    ];
    analytics.metrics.month = [
      month('2026-11', { revenue_uf: 300, revenue_real: 12_000_000, revenue_real_yoy_pct: 1 }),
    ];
    analytics.metrics.day = ['2026-11-01', '2026-11-02'].map((date) =>
      month('2026-11', {
        period: date,
        period_start: date,
        period_end: date,
        revenue_real: 1,
        revenue_uf: 1,
      }),
    );
    const { user } = renderApp(`/c/${COMPANY_A.id}`);
    expect(await screen.findByRole('link', { name: 'Macro', hidden: true })).toBeTruthy();
    const more = await screen.findByRole('link', { name: 'Ver contexto macro' }, { timeout: 10_000 });
    expect(screen.getByTestId('macro-overlay-chart').getAttribute('aria-label')).toBe(
      'Venta nominal y real (pesos del mes base) por período, del 01-11-2026 al 30-11-2026',
    );
    // Every day has its real and UF figure: no note about how far the indicators reach.
    expect(screen.queryByTestId('macro-overlay-through')).toBeNull();
    await user.click(more);
    expect(await screen.findByText('Tu negocio y la economía chilena', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('says how far the IPC and UF reach when the overlay period passes them', async () => {
    getApi().state.companies = [
      { ...COMPANY_A, role: 'owner', default_dashboard: 'finance', permissions: ['view_dashboards'] },
    ];
    analytics.metrics.month = [month('2026-11', { revenue_uf: null, revenue_real: null })];
    analytics.metrics.day = ['2026-11-01', '2026-11-02'].map((date) =>
      month('2026-11', {
        period: date,
        period_start: date,
        period_end: date,
        revenue_real: null,
        revenue_uf: null,
      }),
    );
    analytics.macro = {
      base_month: '2026-06',
      uf_through: '2026-07-31',
      usd_through: '2026-07-31',
      ipc_through: '2026-06',
    };
    renderApp(`/c/${COMPANY_A.id}`);
    const note = await screen.findByTestId('macro-overlay-through', {}, { timeout: 10_000 });
    expect(note.textContent).toBe(
      'IPC publicado hasta 06-2026 y UF hasta 31-07-2026: los períodos posteriores muestran solo la venta nominal.',
    );
  });
});
