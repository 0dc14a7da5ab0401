/**
 * The benchmarked metrics and how each is read from a company's stored company-wide period row
 * (feature catalog names). A null means the company has no value this period and is simply not
 * a member of the metric's cohorts.
 */
export const BENCHMARK_METRICS = [
  'revenue_growth_yoy',
  'avg_ticket',
  'units_per_ticket',
  'gross_margin_pct',
  'repeat_customer_rate',
  'revenue_per_location',
  'weekend_share',
  'return_rate',
  'revenue',
] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

export interface MetricSpec {
  /** Return rate: a lower value is the better one. */
  higherIsBetter: boolean;
  /** Magnitudes whose cut total could be dominated by one company (dominance rule applies). */
  additive: boolean;
  /** Revenue is published as bands, never as exact cohort figures. */
  banded: boolean;
}

export const METRIC_SPECS: Record<BenchmarkMetric, MetricSpec> = {
  revenue_growth_yoy: { higherIsBetter: true, additive: false, banded: false },
  avg_ticket: { higherIsBetter: true, additive: false, banded: false },
  units_per_ticket: { higherIsBetter: true, additive: false, banded: false },
  gross_margin_pct: { higherIsBetter: true, additive: false, banded: false },
  repeat_customer_rate: { higherIsBetter: true, additive: false, banded: false },
  revenue_per_location: { higherIsBetter: true, additive: true, banded: false },
  weekend_share: { higherIsBetter: true, additive: false, banded: false },
  return_rate: { higherIsBetter: false, additive: false, banded: false },
  revenue: { higherIsBetter: true, additive: true, banded: true },
};

function num(row: Record<string, unknown>, field: string): number | null {
  const v = row[field];
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function ratioPct(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return (part / whole) * 100;
}

/**
 * The metric values of one company-wide period row. `locations` is how many branches sold in
 * the period (0 when the data names no branch: the business then counts as one outlet).
 * A partial period (data starts or ends inside it) is not comparable: every value is null.
 */
export function metricValues(
  row: Record<string, unknown>,
  locations: number,
): Record<BenchmarkMetric, number | null> {
  if (row.partial === true)
    return Object.fromEntries(BENCHMARK_METRICS.map((m) => [m, null])) as Record<
      BenchmarkMetric,
      number | null
    >;
  const revenue = num(row, 'revenue');
  const customers = num(row, 'customers');
  return {
    revenue_growth_yoy: num(row, 'revenue_yoy_pct'),
    avg_ticket: num(row, 'avg_ticket'),
    units_per_ticket: num(row, 'units_per_transaction'),
    gross_margin_pct: num(row, 'margin_pct'),
    repeat_customer_rate: ratioPct(num(row, 'returning_customers'), customers),
    revenue_per_location: revenue === null ? null : revenue / Math.max(1, locations),
    weekend_share: num(row, 'weekend_share_pct'),
    return_rate: ratioPct(num(row, 'returned_amount'), num(row, 'gross_sales')),
    revenue,
  };
}

/** The stored reason of a row field's null, if the row gives one. */
function nullOf(row: Record<string, unknown>, field: string): string | null {
  const nulls = row.nulls;
  if (nulls === null || typeof nulls !== 'object') return null;
  const reason = (nulls as Record<string, unknown>)[field];
  return typeof reason === 'string' ? reason : null;
}

/**
 * Why each metric of `metricValues` is null for this row (the codes of its own nulls, e.g.
 * `NO_COST_DATA`), so a company is told why it has no value; metrics with a value are absent.
 */
export function metricNullReasons(
  row: Record<string, unknown>,
  locations: number,
): Partial<Record<BenchmarkMetric, string>> {
  const values = metricValues(row, locations);
  const reasons: Partial<Record<BenchmarkMetric, string>> = {};
  const customers = num(row, 'customers');
  const found: Record<BenchmarkMetric, string | null> = {
    revenue_growth_yoy: nullOf(row, 'revenue_yoy_pct'),
    avg_ticket: nullOf(row, 'avg_ticket'),
    units_per_ticket: nullOf(row, 'units_per_transaction'),
    gross_margin_pct: nullOf(row, 'margin_pct'),
    repeat_customer_rate: customers === null || customers === 0 ? 'NO_CUSTOMER_DATA' : null,
    revenue_per_location: nullOf(row, 'revenue'),
    weekend_share: nullOf(row, 'weekend_share_pct'),
    return_rate: num(row, 'gross_sales') === 0 ? 'NO_SALES' : null,
    revenue: nullOf(row, 'revenue'),
  };
  for (const metric of BENCHMARK_METRICS) {
    if (values[metric] !== null) continue;
    // A period the data covers only in part is not compared at all (`metricValues`).
    reasons[metric] = row.partial === true ? 'PARTIAL_PERIOD' : (found[metric] ?? 'NO_VALUE');
  }
  return reasons;
}
