import { combinedCostCoverage, type MetricPeriod } from '@ayni/contracts';
import type { Change } from './figures';
import { addDays, type DateRange, lastYearRange, periodKeyLastYear, previousRange } from './period';

export type KpiKey =
  | 'revenue'
  | 'transactions'
  | 'avg_ticket'
  | 'customers'
  | 'new_customers'
  | 'margin'
  | 'discount'
  | 'cost'
  | 'commission';

export interface Kpi {
  key: KpiKey;
  value: number | null;
  /** Why `value` is null. */
  reason: string | null;
  /** Margin only: the share of the turnover whose lines carry a cost. */
  coverage: number | null;
  vsPrevious: Change;
  vsLastYear: Change;
  /** Oldest first; null is a gap. */
  spark: Array<number | null>;
}

/** A stored period, or a range summed from several. */
export type Row = Pick<MetricPeriod, 'nulls'> & Record<string, unknown>;

const FIELD: Record<KpiKey, string> = {
  revenue: 'revenue',
  transactions: 'transactions',
  avg_ticket: 'avg_ticket',
  customers: 'customers',
  new_customers: 'new_customers',
  margin: 'margin_pct',
  discount: 'discount',
  cost: 'cost',
  commission: 'commission',
};

/** Features whose change the engine computes itself (`<name>_growth_pct`, `<name>_yoy_pct`). */
const ENGINE_GROWTH: Partial<Record<KpiKey, string>> = {
  revenue: 'revenue',
  transactions: 'transactions',
  avg_ticket: 'avg_ticket',
  customers: 'customers',
};

export function num(row: Row | null | undefined, field: string): number | null {
  const value = row?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function reasonOf(row: Row | null | undefined, field: string): string | null {
  if (!row) return null;
  return row.nulls?.[field] ?? (num(row, field) === null ? 'NOT_AVAILABLE' : null);
}

/** Relative change in %, rounded to 2 decimals; null (with why) when either side is missing or 0. */
export function percentChange(
  current: number | null,
  base: number | null,
  missingBase: string,
): Pick<Change, 'value' | 'reason'> {
  if (current === null) return { value: null, reason: 'NO_CURRENT_VALUE' };
  if (base === null) return { value: null, reason: missingBase };
  if (base === 0) return { value: null, reason: 'ZERO_BASE' };
  return { value: Math.round(((current - base) / Math.abs(base)) * 10_000) / 100, reason: null };
}

function change(key: KpiKey, current: Row | null, base: Row | null, missingBase: string): Change {
  const field = FIELD[key];
  if (key === 'margin') {
    const now = num(current, field);
    const then = num(base, field);
    if (now === null) return { value: null, unit: 'pp', reason: reasonOf(current, field) };
    if (!base || then === null)
      return { value: null, unit: 'pp', reason: base ? reasonOf(base, field) : missingBase };
    return { value: Math.round((now - then) * 100) / 100, unit: 'pp', reason: null };
  }
  const now = num(current, field);
  if (now === null) return { value: null, unit: 'pct', reason: reasonOf(current, field) };
  return {
    ...percentChange(
      now,
      base ? num(base, field) : null,
      base ? (reasonOf(base, field) ?? missingBase) : missingBase,
    ),
    unit: 'pct',
  };
}

function engineChange(key: KpiKey, row: Row, suffix: 'growth_pct' | 'yoy_pct'): Change | null {
  const name = ENGINE_GROWTH[key];
  if (!name) return null;
  const field = `${name}_${suffix}`;
  if (!(field in row)) return null;
  return {
    value: num(row, field),
    unit: 'pct',
    reason: num(row, field) === null ? reasonOf(row, field) : null,
  };
}

function kpiOf(
  key: KpiKey,
  current: Row,
  previous: Row | null,
  lastYear: Row | null,
  spark: readonly Row[],
  useEngine: boolean,
): Kpi {
  const field = FIELD[key];
  const value = num(current, field);
  return {
    key,
    value,
    reason: value === null ? reasonOf(current, field) : null,
    coverage: key === 'margin' ? num(current, 'cost_coverage_pct') : null,
    vsPrevious:
      (useEngine && engineChange(key, current, 'growth_pct')) ||
      change(key, current, previous, 'NO_PREVIOUS_PERIOD'),
    vsLastYear:
      (useEngine && engineChange(key, current, 'yoy_pct')) ||
      change(key, current, lastYear, 'NO_SAME_PERIOD_LAST_YEAR'),
    spark: spark.map((row) => num(row, field)),
  };
}

function byStart(rows: readonly MetricPeriod[]): MetricPeriod[] {
  return [...rows].sort((a, b) => a.period_start.localeCompare(b.period_start));
}

/**
 * KPIs of one stored period (month, quarter or year): the engine's own growth figures where it
 * has them, else computed from the previous row and the row of the same period last year.
 */
export function kpisForPeriod(
  keys: readonly KpiKey[],
  rows: readonly MetricPeriod[],
  current: MetricPeriod,
  sparkPoints: number,
): Kpi[] {
  const sorted = byStart(rows);
  const previousEnd = addDays(current.period_start, -1);
  const previous = sorted.find((row) => row.period_end === previousEnd) ?? null;
  const lastYear = sorted.find((row) => row.period === periodKeyLastYear(current.period)) ?? null;
  const upTo = sorted.filter((row) => row.period_start <= current.period_start).slice(-sparkPoints);
  return keys.map((key) => kpiOf(key, current, previous, lastYear, upTo, true));
}

const ADDITIVE = ['revenue', 'transactions', 'units', 'gross_sales', 'returned_amount'] as const;
const NULLABLE_SUMS = ['cost', 'gross_margin', 'discount', 'revenue_with_cost', 'commission'] as const;
/** Why a sum is null when no period of the range has it. */
const NO_DATA: Record<(typeof NULLABLE_SUMS)[number], string> = {
  cost: 'NO_COST_DATA',
  gross_margin: 'NO_COST_DATA',
  discount: 'NO_DISCOUNT_DATA',
  revenue_with_cost: 'NO_COST_DATA',
  commission: 'NO_COMMISSION_DATA',
};

/**
 * The rows of `range` summed into one: additive figures add up, ratios are recomputed from the
 * sums, and distinct customers (which cannot be added across periods) are null with the reason.
 * Returns null when no row falls in the range.
 */
export function sumRange(rows: readonly MetricPeriod[], range: DateRange): Row | null {
  const inside = rows.filter((row) => row.period_start >= range.from && row.period_end <= range.to);
  if (inside.length === 0) return null;
  const nulls: Record<string, string> = {};
  const out: Row = { nulls, period_start: range.from, period_end: range.to };
  for (const field of ADDITIVE) out[field] = inside.reduce((total, row) => total + (num(row, field) ?? 0), 0);
  for (const field of NULLABLE_SUMS) {
    const known = inside.map((row) => num(row, field)).filter((value) => value !== null);
    out[field] = known.length ? known.reduce((a, b) => a + b, 0) : null;
    if (!known.length) nulls[field] = inside.map((row) => row.nulls[field]).find(Boolean) ?? NO_DATA[field];
  }
  const revenue = out.revenue as number;
  const transactions = out.transactions as number;
  out.avg_ticket = transactions > 0 ? Math.round((revenue / transactions) * 100) / 100 : null;
  if (transactions === 0) nulls.avg_ticket = 'NO_TRANSACTIONS';
  const margin = out.gross_margin as number | null;
  const withCost = num(out, 'revenue_with_cost');
  out.margin_pct = margin !== null && withCost ? Math.round((margin / withCost) * 10_000) / 100 : null;
  if (out.margin_pct === null) nulls.margin_pct = nulls.gross_margin ?? 'NO_COST_DATA';
  // Coverage = Σ|total| of the lines with a cost / Σ|total|, rebuilt from each period's share.
  out.cost_coverage_pct = combinedCostCoverage(inside);
  for (const field of ['customers', 'new_customers', 'returning_customers']) {
    out[field] = null;
    nulls[field] = 'NOT_DERIVABLE_FOR_RANGE';
  }
  return out;
}

/** KPIs of a custom range, from finer rows covering it, the range before and last year's. */
export function kpisForRange(
  keys: readonly KpiKey[],
  rows: readonly MetricPeriod[],
  range: DateRange,
): Kpi[] | null {
  const current = sumRange(rows, range);
  if (!current) return null;
  const previous = sumRange(rows, previousRange(range));
  const lastYear = sumRange(rows, lastYearRange(range));
  const inside = byStart(rows).filter((row) => row.period_start >= range.from && row.period_end <= range.to);
  return keys.map((key) => kpiOf(key, current, previous, lastYear, inside, false));
}

/** Cards shown only when the company's data has them (most files carry no commissions). */
const ONLY_WITH_DATA: ReadonlySet<KpiKey> = new Set(['commission']);

/** The KPIs without the cards of figures the data never had in the range shown or before. */
export function withoutAbsent(kpis: readonly Kpi[]): Kpi[] {
  return kpis.filter(
    (kpi) => !ONLY_WITH_DATA.has(kpi.key) || kpi.value !== null || kpi.spark.some((point) => point !== null),
  );
}
