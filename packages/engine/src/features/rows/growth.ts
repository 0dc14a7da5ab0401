import type { Nulls } from '../types';
import { roundTo } from './numbers';

/** Metrics compared with the previous period and the same period one year before. */
export const GROWTH_METRICS = ['revenue', 'transactions', 'customers', 'avg_ticket', 'gross_margin'] as const;
export type GrowthMetric = (typeof GROWTH_METRICS)[number];

export type GrowthFields = {
  [K in GrowthMetric as `${K}_growth_pct` | `${K}_yoy_pct`]: number | null;
};

export type GrowthBase = Record<GrowthMetric, number | null>;

/** Where the compared period stands: a row, a period inside the data with no lines, or nothing. */
export type Comparison =
  | { kind: 'row'; values: GrowthBase }
  | { kind: 'empty'; values: GrowthBase }
  | { kind: 'missing'; reason: 'NO_PREVIOUS_PERIOD' | 'NO_SAME_PERIOD_LAST_YEAR' };

/** (current − base) / |base| × 100, to 2 decimals; null with a reason when it cannot be said. */
export function growthFields(
  current: GrowthBase,
  previous: Comparison,
  lastYear: Comparison,
  nulls: Nulls,
): GrowthFields {
  // One literal in GROWTH_METRICS order (growth, then year over year, per metric).
  return {
    revenue_growth_pct: change(current.revenue, previous, 'revenue', 'revenue_growth_pct', nulls),
    revenue_yoy_pct: change(current.revenue, lastYear, 'revenue', 'revenue_yoy_pct', nulls),
    transactions_growth_pct: change(
      current.transactions,
      previous,
      'transactions',
      'transactions_growth_pct',
      nulls,
    ),
    transactions_yoy_pct: change(
      current.transactions,
      lastYear,
      'transactions',
      'transactions_yoy_pct',
      nulls,
    ),
    customers_growth_pct: change(current.customers, previous, 'customers', 'customers_growth_pct', nulls),
    customers_yoy_pct: change(current.customers, lastYear, 'customers', 'customers_yoy_pct', nulls),
    avg_ticket_growth_pct: change(current.avg_ticket, previous, 'avg_ticket', 'avg_ticket_growth_pct', nulls),
    avg_ticket_yoy_pct: change(current.avg_ticket, lastYear, 'avg_ticket', 'avg_ticket_yoy_pct', nulls),
    gross_margin_growth_pct: change(
      current.gross_margin,
      previous,
      'gross_margin',
      'gross_margin_growth_pct',
      nulls,
    ),
    gross_margin_yoy_pct: change(
      current.gross_margin,
      lastYear,
      'gross_margin',
      'gross_margin_yoy_pct',
      nulls,
    ),
  };
}

function change(
  current: number | null,
  base: Comparison,
  metric: GrowthMetric,
  name: string,
  nulls: Nulls,
): number | null {
  if (base.kind === 'missing') {
    nulls[name] = base.reason;
    return null;
  }
  const before = base.values[metric];
  if (before === null) nulls[name] = 'PREVIOUS_NOT_COMPUTABLE';
  else if (before === 0) nulls[name] = 'PREVIOUS_ZERO';
  else if (current === null) nulls[name] = 'NOT_COMPUTABLE';
  else return roundTo(((current - before) / Math.abs(before)) * 100, 2);
  return null;
}
