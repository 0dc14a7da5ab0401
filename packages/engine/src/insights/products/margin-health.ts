import { pct, round } from '../shared/stats';
import type { InsightNullReason } from '../shared/text';
import { HEALTHY_MARGIN_PCT, MARGIN_BANDS, type MarginBand, marginBandOf } from './classify';
import type { ProductInsightRow } from './product-table';

export interface MarginHealth {
  portfolio_margin_pct: number | null;
  portfolio_band: MarginBand | null;
  counts: Record<MarginBand, number>;
  /** Products with cost data (margin known). */
  products_with_cost: number;
  /**
   * Gross margin the low-markup products (below 25 %) would add at a 25 % margin on the same
   * sales: Σ revenue × (25 % − margin %). An arithmetic gap, not a forecast.
   */
  profit_gap: number;
  low_markup_products: {
    product_id: string;
    description: string | null;
    margin_pct: number;
    profit_gap: number;
  }[];
  null_reason: InsightNullReason | null;
}

export function marginHealth(rows: readonly ProductInsightRow[]): MarginHealth {
  const counts: Record<MarginBand, number> = { critical: 0, low: 0, healthy: 0, excellent: 0 };
  let revenue = 0;
  let margin = 0;
  let gap = 0;
  const low: MarginHealth['low_markup_products'] = [];
  let withCost = 0;
  for (const row of rows) {
    if (row.margin_pct === null || row.gross_margin === null || row.margin_band === null) continue;
    withCost++;
    counts[row.margin_band]++;
    const measured = row.revenue_with_cost;
    revenue += measured;
    margin += row.gross_margin;
    if (row.margin_pct < HEALTHY_MARGIN_PCT && measured > 0) {
      // Exact: 25 % of the measured sales minus the margin they made.
      const productGap = (measured * HEALTHY_MARGIN_PCT) / 100 - row.gross_margin;
      gap += productGap;
      low.push({
        product_id: row.product_id,
        description: row.description,
        margin_pct: row.margin_pct,
        profit_gap: round(productGap, 0),
      });
    }
  }
  low.sort((a, b) => b.profit_gap - a.profit_gap || (a.product_id < b.product_id ? -1 : 1));
  const portfolio = withCost === 0 ? null : pct(margin, revenue);
  return {
    portfolio_margin_pct: portfolio,
    portfolio_band: portfolio === null ? null : marginBandOf(portfolio),
    counts,
    products_with_cost: withCost,
    profit_gap: round(gap, 0),
    low_markup_products: low.slice(0, 20),
    null_reason: withCost === 0 ? 'NO_COST_DATA' : null,
  };
}

export { MARGIN_BANDS };
