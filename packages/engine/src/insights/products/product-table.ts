import type { ProductRow } from '../shared/rows';
import { dayNumber, round } from '../shared/stats';
import type { AbcClass } from './abc';
import {
  type InventoryStatus,
  inventoryStatusOf,
  type MarginBand,
  type MatrixQuadrant,
  marginBandOf,
} from './classify';
import { type PeriodUnits, type ProductLifecycle, productLifecycle } from './lifecycle';

/** One product as the insights see it. */
export interface ProductInsightRow {
  product_id: string;
  description: string | null;
  category: string | null;
  revenue: number;
  units: number;
  /** Sales of the lines with a cost: what the margin is measured on. */
  revenue_with_cost: number;
  gross_margin: number | null;
  margin_pct: number | null;
  days_sold: number;
  /** Units per selling day (days with at least one sale). */
  velocity: number | null;
  /** Needs stock on hand, which sale lines do not carry: always null with NO_STOCK_DATA for now. */
  inventory_turnover: null;
  days_since_last_sale: number | null;
  inventory_status: InventoryStatus | null;
  abc_revenue: AbcClass;
  abc_margin: AbcClass | null;
  quadrant: MatrixQuadrant | null;
  margin_quadrant: MatrixQuadrant | null;
  margin_band: MarginBand | null;
  lifecycle: ProductLifecycle | null;
  velocity_change_pct: number | null;
  nulls: Record<string, string>;
}

export function baseProductRow(
  row: ProductRow,
  periods: readonly PeriodUnits[],
  dataThrough: string,
): ProductInsightRow {
  const nulls: Record<string, string> = { inventory_turnover: 'NO_STOCK_DATA' };
  const sold = row.last_sale !== null && row.first_sale !== null && row.days_sold > 0;
  const daysSince = sold ? dayNumber(dataThrough) - dayNumber(row.last_sale as string) : null;
  const lifecycle = sold ? productLifecycle(periods, row.first_sale as string, dataThrough) : null;
  if (!sold) {
    for (const name of ['velocity', 'days_since_last_sale', 'inventory_status', 'lifecycle'])
      nulls[name] = 'NO_SALES';
  }
  if (row.margin_pct === null) {
    nulls.margin_band = 'NO_COST_DATA';
    nulls.abc_margin = 'NO_COST_DATA';
  }
  return {
    product_id: row.product_id,
    description: row.description,
    category: row.category,
    revenue: row.revenue,
    units: row.units,
    revenue_with_cost: row.revenue_with_cost,
    gross_margin: row.gross_margin,
    margin_pct: row.margin_pct,
    days_sold: row.days_sold,
    velocity: sold ? round(Math.max(row.units, 0) / row.days_sold, 3) : null,
    inventory_turnover: null,
    days_since_last_sale: daysSince,
    inventory_status: daysSince === null ? null : inventoryStatusOf(daysSince),
    abc_revenue: 'C',
    abc_margin: null,
    quadrant: null,
    margin_quadrant: null,
    margin_band: row.margin_pct === null ? null : marginBandOf(row.margin_pct),
    lifecycle: lifecycle?.stage ?? null,
    velocity_change_pct: lifecycle?.velocity_change_pct ?? null,
    nulls,
  };
}

/** Product × period rows grouped by product. */
export function periodsByProduct<R extends PeriodUnits & { product_id: string }>(
  rows: readonly R[],
): Map<string, R[]> {
  const byProduct = new Map<string, R[]>();
  for (const row of rows) {
    const list = byProduct.get(row.product_id);
    if (list === undefined) byProduct.set(row.product_id, [row]);
    else list.push(row);
  }
  return byProduct;
}
