/**
 * `cost_coverage_pct` of several period rows together: each row's share rebuilt on its turnover
 * (Σ|line total| = gross sales + returned), to two decimals; null without turnover. One row
 * gives its own stored share. The dashboards' ranges and Ask's sums use it, so both agree.
 */
export function combinedCostCoverage(rows: readonly Record<string, unknown>[]): number | null {
  const num = (row: Record<string, unknown>, field: string) =>
    typeof row[field] === 'number' ? (row[field] as number) : null;
  if (rows.length === 1) return num(rows[0] as Record<string, unknown>, 'cost_coverage_pct');
  let covered = 0;
  let turnover = 0;
  for (const row of rows) {
    const rowTurnover = (num(row, 'gross_sales') ?? 0) + (num(row, 'returned_amount') ?? 0);
    turnover += rowTurnover;
    covered += ((num(row, 'cost_coverage_pct') ?? 0) * rowTurnover) / 100;
  }
  return turnover > 0 ? Math.round((covered / turnover) * 10_000) / 100 : null;
}
