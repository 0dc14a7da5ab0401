import type { Insight } from '../shared/insight';
import type { ProductRow } from '../shared/rows';
import { type AbcSummary, abcClasses, type Pareto, pareto, summarizeAbc } from './abc';
import { INVENTORY_STATUSES, type InventoryStatus, type MatrixQuadrant, productMatrix } from './classify';
import type { PeriodUnits, ProductLifecycle } from './lifecycle';
import { type MarginHealth, marginHealth } from './margin-health';
import { baseProductRow, type ProductInsightRow, periodsByProduct } from './product-table';
import { productObservations } from './product-wording';

/** Products listed in full in the payload (by revenue); every count covers all products. */
export const LISTED_PRODUCTS = 200;

export interface MatrixSummary {
  median_velocity: number | null;
  median_value: number | null;
  counts: Record<MatrixQuadrant, number>;
}

export interface ProductInsights {
  product_count: number;
  pareto: Pareto;
  abc_revenue: AbcSummary;
  abc_margin: AbcSummary | null;
  /** Velocity (units per selling day) × revenue. */
  matrix: MatrixSummary;
  /** Velocity × gross margin, over products with cost data; null without cost data. */
  margin_matrix: MatrixSummary | null;
  inventory_status: Record<InventoryStatus, { products: number; revenue: number }>;
  margin_health: MarginHealth;
  lifecycle: Record<ProductLifecycle, number>;
  products: ProductInsightRow[];
  observations: Insight[];
  nulls: Record<string, string>;
}

export function productInsights(
  rows: readonly ProductRow[],
  /** Product × day rows when built (exact lifecycle windows), else product × month rows. */
  periodRows: readonly (PeriodUnits & { product_id: string })[],
  dataThrough: string,
): ProductInsights {
  const periods = periodsByProduct(periodRows);
  const table = rows.map((row) => baseProductRow(row, periods.get(row.product_id) ?? [], dataThrough));
  const byRevenue = table.map((p) => ({ id: p.product_id, value: p.revenue }));
  const abc = abcClasses(byRevenue);
  for (const p of table) p.abc_revenue = abc.get(p.product_id) ?? 'C';
  const withCost = table.filter((p) => p.gross_margin !== null);
  const byMargin = withCost.map((p) => ({ id: p.product_id, value: p.gross_margin as number }));
  const abcMargin = abcClasses(byMargin);
  for (const p of withCost) p.abc_margin = abcMargin.get(p.product_id) ?? 'C';

  const sold = table.filter((p) => p.velocity !== null);
  const matrix = productMatrix(
    sold.map((p) => ({ id: p.product_id, velocity: p.velocity as number, value: p.revenue })),
  );
  for (const p of sold) p.quadrant = matrix.quadrant.get(p.product_id) ?? null;
  const soldWithCost = sold.filter((p) => p.gross_margin !== null);
  const marginMatrix = productMatrix(
    soldWithCost.map((p) => ({
      id: p.product_id,
      velocity: p.velocity as number,
      value: p.gross_margin as number,
    })),
  );
  for (const p of soldWithCost) p.margin_quadrant = marginMatrix.quadrant.get(p.product_id) ?? null;

  const status = Object.fromEntries(
    INVENTORY_STATUSES.map((s) => [s, { products: 0, revenue: 0 }]),
  ) as Record<InventoryStatus, { products: number; revenue: number }>;
  const lifecycle: Record<ProductLifecycle, number> = { introduction: 0, growth: 0, maturity: 0, decline: 0 };
  for (const p of table) {
    if (p.inventory_status !== null) {
      status[p.inventory_status].products++;
      status[p.inventory_status].revenue =
        Math.round((status[p.inventory_status].revenue + p.revenue) * 100) / 100;
    }
    if (p.lifecycle !== null) lifecycle[p.lifecycle]++;
  }
  const listed = [...table]
    .sort((a, b) => b.revenue - a.revenue || (a.product_id < b.product_id ? -1 : 1))
    .slice(0, LISTED_PRODUCTS);
  const result: ProductInsights = {
    product_count: table.length,
    pareto: pareto(byRevenue),
    abc_revenue: summarizeAbc(byRevenue, abc),
    abc_margin: withCost.length === 0 ? null : summarizeAbc(byMargin, abcMargin),
    matrix: summaryOf(matrix),
    margin_matrix: soldWithCost.length === 0 ? null : summaryOf(marginMatrix),
    inventory_status: status,
    margin_health: marginHealth(table),
    lifecycle,
    products: listed,
    observations: [],
    nulls: withCost.length === 0 ? { abc_margin: 'NO_COST_DATA', margin_matrix: 'NO_COST_DATA' } : {},
  };
  result.observations = productObservations(result);
  return result;
}

const summaryOf = (m: ReturnType<typeof productMatrix>): MatrixSummary => ({
  median_velocity: m.median_velocity,
  median_value: m.median_value,
  counts: m.counts,
});
