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
export function growthFields(current: GrowthBase, previous: Comparison, lastYear: Comparison, nulls: Nulls) {
  const fields = {} as GrowthFields;
  for (const metric of GROWTH_METRICS) {
    fields[`${metric}_growth_pct`] = change(current[metric], previous, metric, `${metric}_growth_pct`, nulls);
    fields[`${metric}_yoy_pct`] = change(current[metric], lastYear, metric, `${metric}_yoy_pct`, nulls);
  }
  return fields;
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
