import { pct, round } from '../shared/stats';

export type AbcClass = 'A' | 'B' | 'C';

export interface AbcSummary {
  /** Products per class. */
  counts: Record<AbcClass, number>;
  /** Share of the total (of items with a positive value) per class, %. */
  value_share_pct: Record<AbcClass, number | null>;
}

/**
 * ABC classes: items with a positive value sorted descending (ties by id); an item whose
 * cumulative share, itself included, is ≤ 80 % is A, ≤ 95 % B, else C. Items with a value ≤ 0
 * are C. Returns the class of each id.
 */
export function abcClasses(items: readonly { id: string; value: number }[]): Map<string, AbcClass> {
  const classes = new Map<string, AbcClass>();
  const positive = items.filter((item) => item.value > 0);
  for (const item of items) if (item.value <= 0) classes.set(item.id, 'C');
  sortDescending(positive);
  const total = positive.reduce((sum, item) => sum + item.value, 0);
  let cumulative = 0;
  for (const item of positive) {
    cumulative += item.value;
    // Rounded to 1e-9 so that sums of cents land exactly on 80 % / 95 %.
    const share = round(cumulative / total, 9);
    classes.set(item.id, share <= 0.8 ? 'A' : share <= 0.95 ? 'B' : 'C');
  }
  return classes;
}

export function summarizeAbc(
  items: readonly { id: string; value: number }[],
  classes: Map<string, AbcClass>,
): AbcSummary {
  const counts: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  const values: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  let total = 0;
  for (const item of items) {
    const abc = classes.get(item.id) ?? 'C';
    counts[abc]++;
    if (item.value > 0) {
      values[abc] += item.value;
      total += item.value;
    }
  }
  return {
    counts,
    value_share_pct: { A: pct(values.A, total), B: pct(values.B, total), C: pct(values.C, total) },
  };
}

export interface Pareto {
  /** Products with sales (revenue > 0). */
  products_with_revenue: number;
  /** Fewest products whose revenue reaches 80 % of the total. */
  products_for_80_pct: number;
  /** Those as a share of the products with revenue, %. */
  share_of_products_pct: number | null;
  /** Revenue share of the top 20 % of products (rounded up to whole products), %. */
  top_20_pct_revenue_share_pct: number | null;
}

export function pareto(items: readonly { id: string; value: number }[]): Pareto {
  const positive = items.filter((item) => item.value > 0);
  sortDescending(positive);
  const total = positive.reduce((sum, item) => sum + item.value, 0);
  let cumulative = 0;
  let needed = 0;
  for (const item of positive) {
    if (round(cumulative / total, 9) >= 0.8) break;
    cumulative += item.value;
    needed++;
  }
  const top = Math.ceil(positive.length * 0.2);
  const topValue = positive.slice(0, top).reduce((sum, item) => sum + item.value, 0);
  return {
    products_with_revenue: positive.length,
    products_for_80_pct: needed,
    share_of_products_pct: pct(needed, positive.length),
    top_20_pct_revenue_share_pct: pct(topValue, total),
  };
}

function sortDescending(items: { id: string; value: number }[]): void {
  items.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
