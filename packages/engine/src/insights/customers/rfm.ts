import type { CustomerRow } from '../shared/rows';
import { pct, round } from '../shared/stats';
import type { Text } from '../shared/text';
import { RFM_SEGMENTS, type RfmSegment, SEGMENT_TEXTS, segmentOf } from './rfm-segments';

/**
 * Quintile score of each value: 1 + floor(5 × (customers strictly worse) / customers), so equal
 * values share a score and the best fifth scores 5. For recency fewer days is better.
 */
export function quintileScores(values: readonly number[], higherIsBetter: boolean): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = values.length;
  return values.map((v) => {
    const worse = higherIsBetter ? lowerBound(sorted, v) : n - upperBound(sorted, v);
    return 1 + Math.floor((5 * worse) / n);
  });
}

export interface RfmCustomer {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

export interface RfmSegmentSummary {
  segment: RfmSegment;
  name: Text;
  description: Text;
  actions: Text[];
  customers: number;
  customer_share_pct: number | null;
  revenue: number;
  revenue_share_pct: number | null;
}

/** RFM of the customers with at least one purchase (recency: days since the last one). */
export function rfm(rows: readonly CustomerRow[]): {
  customers: RfmCustomer[];
  segments: RfmSegmentSummary[];
} {
  const buyers = rows.filter((c) => c.days_since_last_purchase !== null && c.purchases > 0);
  const r = quintileScores(
    buyers.map((c) => c.days_since_last_purchase as number),
    false,
  );
  const f = quintileScores(
    buyers.map((c) => c.purchases),
    true,
  );
  const m = quintileScores(
    buyers.map((c) => c.revenue),
    true,
  );
  const customers = buyers.map((c, i) => ({
    customer_id: c.customer_id,
    recency_days: c.days_since_last_purchase as number,
    frequency: c.purchases,
    monetary: c.revenue,
    r: r[i] as number,
    f: f[i] as number,
    m: m[i] as number,
    segment: segmentOf(r[i] as number, f[i] as number),
  }));
  const totalRevenue = customers.reduce((s, c) => s + Math.max(c.monetary, 0), 0);
  const tally = new Map(RFM_SEGMENTS.map((segment) => [segment, { customers: 0, revenue: 0 }]));
  for (const c of customers) {
    const t = tally.get(c.segment) as { customers: number; revenue: number };
    t.customers++;
    t.revenue += c.monetary;
  }
  const segments = RFM_SEGMENTS.map((segment) => {
    const t = tally.get(segment) as { customers: number; revenue: number };
    return {
      segment,
      ...SEGMENT_TEXTS[segment],
      customers: t.customers,
      customer_share_pct: pct(t.customers, customers.length),
      revenue: round(t.revenue, 2),
      revenue_share_pct: pct(t.revenue, totalRevenue),
    };
  });
  return { customers, segments };
}

function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
