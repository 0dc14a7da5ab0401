import { median } from '../shared/stats';

/** Velocity × value quadrants around the medians (≥ median counts as high). */
export type MatrixQuadrant = 'star' | 'cash_cow' | 'workhorse' | 'dead_stock';

export const QUADRANT_NAMES: Record<MatrixQuadrant, { es: string; en: string }> = {
  star: { es: 'Estrellas', en: 'Stars' },
  cash_cow: { es: 'Vacas lecheras', en: 'Cash cows' },
  workhorse: { es: 'Caballos de batalla', en: 'Workhorses' },
  // Below both medians of the products that sold: not unsold stock (the inventory status says that).
  dead_stock: { es: 'Baja rotación', en: 'Slow movers' },
};

/**
 * high velocity + high value: star; low velocity + high value: cash cow (few units, much money);
 * high velocity + low value: workhorse; low + low: slow movers (key `dead_stock`).
 */
export function quadrantOf(
  velocity: number,
  value: number,
  medianVelocity: number,
  medianValue: number,
): MatrixQuadrant {
  const fast = velocity >= medianVelocity;
  const big = value >= medianValue;
  if (fast) return big ? 'star' : 'workhorse';
  return big ? 'cash_cow' : 'dead_stock';
}

export interface MatrixInput {
  id: string;
  velocity: number;
  value: number;
}

export interface Matrix {
  median_velocity: number | null;
  median_value: number | null;
  counts: Record<MatrixQuadrant, number>;
  quadrant: Map<string, MatrixQuadrant>;
}

export function productMatrix(items: readonly MatrixInput[]): Matrix {
  const counts: Record<MatrixQuadrant, number> = { star: 0, cash_cow: 0, workhorse: 0, dead_stock: 0 };
  const quadrant = new Map<string, MatrixQuadrant>();
  const medianVelocity = median(items.map((i) => i.velocity));
  const medianValue = median(items.map((i) => i.value));
  if (medianVelocity !== null && medianValue !== null) {
    for (const item of items) {
      const q = quadrantOf(item.velocity, item.value, medianVelocity, medianValue);
      quadrant.set(item.id, q);
      counts[q]++;
    }
  }
  return { median_velocity: medianVelocity, median_value: medianValue, counts, quadrant };
}

/** Days since the last sale up to data_through → status. */
export type InventoryStatus = 'hot' | 'active' | 'slowing' | 'cold' | 'dead' | 'zombie';
export const INVENTORY_STATUSES: readonly InventoryStatus[] = [
  'hot',
  'active',
  'slowing',
  'cold',
  'dead',
  'zombie',
];

/** Hot 0–7, Active 8–30, Slowing 31–60, Cold 61–90, Dead 91–365, Zombie > 365 days. */
export function inventoryStatusOf(daysSinceLastSale: number): InventoryStatus {
  if (daysSinceLastSale <= 7) return 'hot';
  if (daysSinceLastSale <= 30) return 'active';
  if (daysSinceLastSale <= 60) return 'slowing';
  if (daysSinceLastSale <= 90) return 'cold';
  if (daysSinceLastSale <= 365) return 'dead';
  return 'zombie';
}

export type MarginBand = 'critical' | 'low' | 'healthy' | 'excellent';
export const MARGIN_BANDS: readonly MarginBand[] = ['critical', 'low', 'healthy', 'excellent'];

/** critical < 15 %, low < 25 %, healthy < 35 %, excellent ≥ 35 %. */
export function marginBandOf(marginPct: number): MarginBand {
  if (marginPct < 15) return 'critical';
  if (marginPct < 25) return 'low';
  if (marginPct < 35) return 'healthy';
  return 'excellent';
}

/** The margin a low-markup product is measured against for its profit gap (healthy's floor). */
export const HEALTHY_MARGIN_PCT = 25;
