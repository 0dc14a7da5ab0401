import type {
  MacroBuffsResponse,
  MacroCorrelationsResponse,
  MacroPoint,
  MacroSeriesSummary,
} from '@ayni/contracts';
import { type Ctx, fail, META, ok, route, send } from './http';

/**
 * The macro endpoints (`/macro/series`, `/macro/series/{code}`, `/companies/{id}/macro/buffs`,
 * `/companies/{id}/macro/correlations`). Tests change `macro` between steps; `resetMacro()` restores it.
 */
export interface MacroState {
  series: MacroSeriesSummary[];
  points: Record<string, MacroPoint[]>;
  buffs: MacroBuffsResponse['data'];
  correlations: MacroCorrelationsResponse['data'];
  revenueMonths: number;
  /** Status codes to answer the next buffs requests with, consumed in order. */
  buffsFailures: number[];
}

const summary = (
  code: MacroSeriesSummary['code'],
  name: string,
  unit: string,
  latest: MacroSeriesSummary['latest'],
): MacroSeriesSummary => ({
  code,
  name_es: name,
  name_en: name,
  unit,
  frequency: 'daily',
  latest,
  fetched_at: latest ? '2026-07-12T10:00:00.000Z' : null,
});

export function defaultMacro(): MacroState {
  return {
    series: [
      summary('uf', 'Unidad de Fomento (UF)', 'CLP', {
        date: '2026-07-11',
        value: 40844.79,
        source: 'snapshot',
      }),
      summary('dolar', 'Dólar observado', 'CLP', { date: '2026-07-10', value: 951.2, source: 'mindicador' }),
      summary('euro', 'Euro', 'CLP', null),
    ],
    points: {
      dolar: [
        { date: '2026-07-10', value: 951.2, source: 'mindicador', carried: false },
        { date: '2026-07-11', value: 951.2, source: 'mindicador', carried: true },
        { date: '2026-07-12', value: 951.2, source: 'mindicador', carried: true },
      ],
    },
    buffs: {
      month: '2024-01',
      trade_profile: 'importer',
      trade_profile_from: 'setting',
      score: 4.5,
      score_reason: null,
      buffs: [
        {
          code: 'dolar',
          name_es: 'Dólar observado',
          name_en: 'US dollar (dólar observado)',
          value: 906.81,
          previous: 874.25,
          change: 3.72,
          change_unit: '%',
          effect: 'debuff',
          explanation_es: 'Dólar más alto: lo importado cuesta más pesos.',
          explanation_en: 'Stronger dollar: imported goods cost more pesos.',
          data_month: '2024-01',
        },
        {
          code: 'tpm',
          name_es: 'Tasa de política monetaria',
          name_en: 'Monetary policy rate',
          value: 8.25,
          previous: 8.25,
          change: 0,
          change_unit: 'pp',
          effect: 'neutral',
          explanation_es: 'Sin cambio relevante respecto del mes anterior.',
          explanation_en: 'No relevant change from the previous month.',
          data_month: '2024-01',
        },
      ],
      missing: [{ code: 'euro', reason: 'NO_DATA' }],
    },
    correlations: [
      {
        code: 'ipc',
        name_es: 'IPC, variación mensual',
        name_en: 'CPI, monthly change',
        r: 1,
        months: 4,
        reason: null,
        caveat: true,
      },
      {
        code: 'euro',
        name_es: 'Euro',
        name_en: 'Euro',
        r: null,
        months: 0,
        reason: 'TOO_FEW_MONTHS',
        caveat: true,
      },
    ],
    revenueMonths: 4,
    buffsFailures: [],
  };
}

export const macro: MacroState = defaultMacro();

export function resetMacro(): void {
  Object.assign(macro, defaultMacro());
}

export function macroRoutes(ctx: Ctx): boolean {
  if (ctx.method !== 'GET') return false;
  if (route(ctx, 'GET', /^\/api\/v1\/macro\/series$/)) {
    ok(ctx.res, macro.series);
    return true;
  }
  const one = route(ctx, 'GET', /^\/api\/v1\/macro\/series\/([^/]+)$/);
  if (one) {
    const head = macro.series.find((s) => s.code === one[0]);
    if (!head) fail(ctx.res, 404, 'NOT_FOUND', 'Unknown macro series', 'No existe la serie macroeconómica');
    else ok(ctx.res, { ...head, points: macro.points[head.code] ?? [] });
    return true;
  }
  if (route(ctx, 'GET', /^\/api\/v1\/companies\/[^/]+\/macro\/buffs$/)) {
    const failure = macro.buffsFailures.shift();
    if (failure) fail(ctx.res, failure, 'INTERNAL_ERROR', 'Something broke', 'Algo falló en el servidor');
    else ok(ctx.res, macro.buffs);
    return true;
  }
  if (route(ctx, 'GET', /^\/api\/v1\/companies\/[^/]+\/macro\/correlations$/)) {
    send(ctx.res, 200, {
      data: macro.correlations,
      meta: { ...META(), revenue_months: macro.revenueMonths, min_months: 24 },
    });
    return true;
  }
  return false;
}
