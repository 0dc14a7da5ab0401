import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  benchmarks,
  benchmarksOf,
  metric,
  resetBenchmarks,
} from '../../../../test/fake-api/benchmark-routes';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setupFakeApi } from '../../../../test/use-fake-api';

setupFakeApi({ signedIn: true });
const PAGE = `/c/${COMPANY_A.id}/benchmarks`;

const cohort = {
  cut: 'industry_size' as const,
  n: 12,
  p10: 2100,
  p25: 3750,
  p50: 6500,
  p75: 9250,
  p90: 10_000,
};

/** A cohort the company is not ranked in (it has no value). */
const noRank = {
  ...cohort,
  percentile_rank: null,
  tier: null,
  performance_index: null,
  index_reason: 'NO_VALUE',
};

beforeEach(() => {
  resetBenchmarks();
  benchmarks.byGrain.month = benchmarksOf([
    metric({
      metric: 'avg_ticket',
      value: 10_000,
      value_reason: null,
      cohort: {
        ...cohort,
        percentile_rank: 83,
        tier: 'top_25',
        performance_index: 153.8,
        index_reason: null,
      },
    }),
    metric({
      metric: 'gross_margin_pct',
      value: 30,
      value_reason: null,
      hidden: [
        {
          cut: 'industry_size',
          n: 7,
          reason: {
            code: 'TOO_FEW_COMPANIES',
            message: '10 companies are needed in your industry and size; today there are 7',
            message_es: 'se necesitan 10 empresas en tu rubro y tamaño; hoy hay 7',
          },
        },
      ],
    }),
    metric({ metric: 'repeat_customer_rate', value: null, value_reason: 'NO_CUSTOMER_DATA', cohort: noRank }),
    metric({ metric: 'weekend_share', value: null, value_reason: 'NO_VALUE', cohort: noRank }),
    metric({
      metric: 'return_rate',
      higher_is_better: false,
      value: 0.5,
      value_reason: null,
      cohort: {
        ...cohort,
        p10: 0.2,
        p25: 0.4,
        p50: 1,
        p75: 2,
        p90: 3,
        percentile_rank: 10,
        tier: 'top_25',
        performance_index: 50,
        index_reason: null,
      },
    }),
    metric({
      metric: 'revenue',
      banded: true,
      value: 5_000_000,
      value_reason: null,
      cohort: {
        ...cohort,
        p10: 1_000_000,
        p25: 2_000_000,
        p50: 5_000_000,
        p75: 5_000_000,
        p90: 5_000_000,
        percentile_rank: 46,
        tier: 'middle_50',
        performance_index: null,
        index_reason: 'BANDED_METRIC',
      },
    }),
  ]);
});

describe('benchmarks page', () => {
  it('shows the strip, the counted-up rank, the tier, n, the index and why a cut is hidden', async () => {
    renderApp(PAGE);
    expect(
      await screen.findByText('¿Cómo te comparas con negocios como el tuyo?', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(await screen.findByText('Comparación de sep 2025')).toBeTruthy();
    const ticket = within(await screen.findByTestId('benchmark-avg_ticket'));
    expect(ticket.getByText('Tú: $ 10.000')).toBeTruthy();
    expect(ticket.getByText('Mediana $ 6.500')).toBeTruthy();
    // The rank counts up to 83; screen readers get 83 at once.
    await waitFor(() => expect(screen.getByTestId('benchmark-avg_ticket-rank').textContent).toBe('8383'));
    expect(screen.getByTestId('benchmark-avg_ticket-tier').textContent).toBe(
      'Estás en el 25 % superior: mejor que 3 de cada 4 negocios como el tuyo.',
    );
    expect(screen.getByTestId('benchmark-avg_ticket-n').textContent).toBe(
      'n = 12 empresas (tu rubro y tamaño) · Índice 153,8 (mediana = 100)',
    );
    // Strip from p10 (2.100) to the company's 10.000 = p90: the marker sits at the right end.
    expect((screen.getByTestId('benchmark-marker-avg_ticket') as HTMLElement).style.left).toBe('100%');
    expect(screen.getByTestId('benchmark-strip-avg_ticket').getAttribute('aria-label')).toBe(
      'Distribución: p10 $ 2.100, p25 $ 3.750, mediana $ 6.500, p75 $ 9.250, p90 $ 10.000; tú $ 10.000',
    );

    const margin = within(screen.getByTestId('benchmark-gross_margin_pct'));
    expect(margin.getByText('Sin comparación publicable.')).toBeTruthy();
    expect(margin.getByText('se necesitan 10 empresas en tu rubro y tamaño; hoy hay 7')).toBeTruthy();

    // No value: the data's own reason, else a generic line.
    expect(screen.getByTestId('benchmark-repeat_customer_rate-no-value').textContent).toBe(
      'El archivo no identifica clientes.',
    );
    expect(screen.getByTestId('benchmark-weekend_share-no-value').textContent).toBe(
      'Tu empresa no tiene este dato en el período.',
    );

    expect(screen.getByTestId('benchmark-return_rate-tier').textContent).toContain(
      'Aquí, más bajo es mejor.',
    );
    expect(
      within(screen.getByTestId('benchmark-revenue')).getByText('Mediana $ 5 MM – $ 10 MM'),
    ).toBeTruthy();
    expect(screen.getByTestId('disclaimer').textContent).toBe(
      'Información, no asesoría financiera, legal ni tributaria.',
    );
  });

  it('asks for another grain and says why there is nothing to compare', async () => {
    const { user } = renderApp(PAGE);
    await screen.findByTestId('benchmark-avg_ticket', {}, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Período'), 'Trimestre');
    expect((await screen.findByTestId('benchmarks-reason')).textContent).toBe(
      'Aún no hay comparación para este período',
    );
    expect(benchmarks.queries).toContain('?grain=quarter');
  });

  it('tells an opted-out company it neither contributes nor sees percentiles', async () => {
    benchmarks.byGrain.month = benchmarksOf([], {
      reason: {
        code: 'OPTED_OUT',
        message: 'Your company does not take part in the benchmarks',
        message_es: 'Tu empresa no participa en las comparaciones: no aporta datos ni ve percentiles',
      },
    });
    renderApp(PAGE);
    expect((await screen.findByTestId('benchmarks-reason', {}, { timeout: 10_000 })).textContent).toBe(
      'Tu empresa no participa en las comparaciones: no aporta datos ni ve percentiles',
    );
  });

  it("puts the role's metrics on the dashboard, with a link to the page", async () => {
    renderApp(`/c/${COMPANY_A.id}`);
    const card = within(await screen.findByTestId('benchmarks-card', {}, { timeout: 10_000 }));
    expect(card.getByText('Ticket promedio')).toBeTruthy();
    // The month compared, in words: it may not be the dashboard's period.
    expect(card.getByTestId('benchmarks-card-period').textContent).toBe('sep 2025');
    expect(card.queryByText('Tasa de devolución')).toBeNull(); // not an owner metric
    expect(card.getByRole('link', { name: 'Ver comparación' }).getAttribute('href')).toBe(PAGE);
  });

  it('shows the rank over time for the chosen metric, with a gap where there is none', async () => {
    benchmarks.history = [
      { period: '2025-07', value: 1500, cut: 'industry_size', n: 12, percentile_rank: 13, tier: 'bottom_25' },
      { period: '2025-08', value: null, cut: null, n: null, percentile_rank: null, tier: null },
      { period: '2025-09', value: 10_000, cut: 'industry_size', n: 12, percentile_rank: 83, tier: 'top_25' },
    ];
    const { user } = renderApp(PAGE);
    expect((await screen.findByTestId('rank-history', {}, { timeout: 10_000 })).textContent).toBe(
      'jul 2025: 13ago 2025: —sep 2025: 83',
    );
    // Drawn over the whole 0–100 scale, beside the peers' median; its words say every point.
    expect(screen.getByTestId('rank-history-chart').getAttribute('aria-label')).toBe(
      'Tu percentil en Ticket promedio, período a período: jul 2025: 13, ago 2025: —, sep 2025: 83',
    );
    await user.selectOptions(screen.getByLabelText('Métrica'), 'Margen bruto');
    await waitFor(() => expect(benchmarks.queries).toContain('?metric=gross_margin_pct&grain=month'));
  });
});
