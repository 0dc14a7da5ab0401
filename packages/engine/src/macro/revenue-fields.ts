import { sameLastYear } from './calendar';
import type { DatedValue } from './daily-values';
import { deflate, type PriceIndex, periodPriceLevel, realGrowthPct } from './deflation';
import { convertAtRate, periodRate } from './period-rate';

export type MacroGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface MacroSeriesInput {
  /** UF per day, oldest first (include the last value before the first period). */
  uf: readonly DatedValue[];
  /** Dólar observado (CLP per USD) per business day, oldest first. */
  dolar: readonly DatedValue[];
  index: PriceIndex;
  /** `YYYY-MM` whose pesos real figures are expressed in; null when no IPC is known. */
  baseMonth: string | null;
}

export interface MacroRevenueFields {
  revenue_uf: number | null;
  revenue_usd: number | null;
  revenue_real: number | null;
  revenue_real_yoy_pct: number | null;
  nulls: Record<string, string>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A period's revenue in UF and USD (at the period's average rate: every calendar day at the value
 * in force that day, averaged), in real pesos of the base month (deflated by the period's mean
 * price level), and its real growth vs the same period last year (both deflated to one base).
 */
export function macroRevenueFields(
  period: {
    grain: MacroGrain;
    start: string;
    end: string;
    revenue: number;
    /** Revenue of the same period last year (`sameLastYear`); null when there is none. */
    revenueLastYear: number | null;
    /** Why there is no last-year revenue (the engine's revenue_yoy_pct reason). */
    lastYearNullReason?: string;
    /**
     * The company's first and latest data dates: a period the data covers only in part (the
     * first, or one still running) is converted over the days its sales come from.
     */
    dataFrom?: string | null;
    dataThrough?: string | null;
  },
  series: MacroSeriesInput,
): MacroRevenueFields {
  const nulls: Record<string, string> = {};
  const inside = (date: string | null | undefined) => date && date >= period.start && date <= period.end;
  const from = inside(period.dataFrom) ? (period.dataFrom as string) : period.start;
  const through = inside(period.dataThrough) ? (period.dataThrough as string) : period.end;
  const uf = periodRate(series.uf, from, through);
  const usd = periodRate(series.dolar, from, through);
  if (!uf) nulls.revenue_uf = 'NO_UF_FOR_PERIOD';
  if (!usd) nulls.revenue_usd = 'NO_USD_FOR_PERIOD';

  const level = periodPriceLevel(series.index, from, through);
  const baseLevel = series.baseMonth ? (series.index.get(series.baseMonth) ?? null) : null;
  let real: number | null = null;
  if (baseLevel === null) nulls.revenue_real = 'NO_BASE_MONTH_IPC';
  else if (level === null) nulls.revenue_real = 'IPC_NOT_PUBLISHED';
  else real = deflate(period.revenue, level, baseLevel);

  let realYoy: number | null = null;
  const lastYear = sameLastYear(period.grain, period.start, period.end);
  const levelLastYear = lastYear ? periodPriceLevel(series.index, lastYear.start, lastYear.end) : null;
  if (period.revenueLastYear === null)
    nulls.revenue_real_yoy_pct = period.lastYearNullReason ?? 'NO_SAME_PERIOD_LAST_YEAR';
  else if (period.revenueLastYear <= 0) nulls.revenue_real_yoy_pct = 'PREVIOUS_ZERO';
  else if (level === null || levelLastYear === null) nulls.revenue_real_yoy_pct = 'IPC_NOT_PUBLISHED';
  else realYoy = realGrowthPct(period.revenue, period.revenueLastYear, level, levelLastYear);

  return {
    revenue_uf: uf ? round2(convertAtRate(period.revenue, uf)) : null,
    revenue_usd: usd ? round2(convertAtRate(period.revenue, usd)) : null,
    revenue_real: real === null ? null : round2(real),
    revenue_real_yoy_pct: realYoy === null ? null : round2(realYoy),
    nulls,
  };
}
