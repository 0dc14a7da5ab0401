import type { Insight } from '../shared/insight';
import type { CustomerRow } from '../shared/rows';
import { dayNumber, median, pct, round } from '../shared/stats';
import type { InsightNullReason } from '../shared/text';
import {
  type CohortRow,
  cohortMatrix,
  type NewReturning,
  newVsReturning,
  type PurchaseDays,
} from './activity';
import { type ChurnSummary, churnSummary } from './churn';
import { MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS, type PredictedClv, predictClv } from './clv/clv';
import { customerObservations } from './customer-wording';
import { type RfmSegmentSummary, rfm } from './rfm';
import type { RfmSegment } from './rfm-segments';

/** Customers profiled one by one (the highest revenue first). */
export const PROFILED_CUSTOMERS = 20;

export interface CustomerProfile {
  customer_id: string;
  revenue: number;
  purchases: number;
  avg_ticket: number | null;
  favorite_product: string | null;
  /** ISO weekday, 1 = Monday. */
  preferred_weekday: number | null;
  preferred_day_part: string | null;
  days_since_last_purchase: number | null;
  segment: RfmSegment | null;
}

export interface CustomerInsights {
  available: true;
  customers: number;
  rfm_segments: RfmSegmentSummary[];
  cohorts: CohortRow[];
  new_vs_returning: NewReturning[];
  churn: ChurnSummary;
  concentration: { top_20_pct_customers: number; top_20_pct_revenue_share_pct: number | null };
  historical_clv: { mean: number | null; median: number | null; total: number };
  predicted_clv: PredictedClv | null;
  predicted_clv_rule: { min_customers: number; min_repeat_customers: number };
  profiles: CustomerProfile[];
  observations: Insight[];
  nulls: Record<string, InsightNullReason>;
}

export function customerInsights(
  rows: readonly CustomerRow[],
  days: PurchaseDays,
  dataThrough: string,
  churnDays: number,
): CustomerInsights {
  const buyers = rows.filter((c) => c.days_since_last_purchase !== null);
  const end = dayNumber(dataThrough);
  const scored = rfm(buyers);
  const segmentOf = new Map(scored.customers.map((c) => [c.customer_id, c.segment]));
  const byRevenue = [...buyers].sort(
    (a, b) => b.revenue - a.revenue || (a.customer_id < b.customer_id ? -1 : 1),
  );
  const top = Math.ceil(byRevenue.length * 0.2);
  const positive = (list: readonly CustomerRow[]) => list.reduce((s, c) => s + Math.max(c.revenue, 0), 0);
  const values = buyers.map((c) => c.revenue);
  const predicted = predictClv(buyers, dataThrough);
  const nulls: Record<string, InsightNullReason> = {};
  if (predicted.null_reason !== null) nulls.predicted_clv = predicted.null_reason;
  const result: CustomerInsights = {
    available: true,
    customers: buyers.length,
    rfm_segments: scored.segments,
    // The engine's day indices count days since 1970-01-01, as dayNumber does.
    cohorts: cohortMatrix(days, end),
    new_vs_returning: newVsReturning(days, end),
    churn: churnSummary(buyers, days, end, churnDays),
    concentration: {
      top_20_pct_customers: top,
      top_20_pct_revenue_share_pct: pct(positive(byRevenue.slice(0, top)), positive(byRevenue)),
    },
    historical_clv: {
      mean: values.length === 0 ? null : round(values.reduce((s, v) => s + v, 0) / values.length, 0),
      median: median(values),
      total: round(
        values.reduce((s, v) => s + v, 0),
        2,
      ),
    },
    predicted_clv: predicted.value,
    predicted_clv_rule: { min_customers: MIN_CUSTOMERS, min_repeat_customers: MIN_REPEAT_CUSTOMERS },
    profiles: byRevenue.slice(0, PROFILED_CUSTOMERS).map((c) => ({
      customer_id: c.customer_id,
      revenue: c.revenue,
      purchases: c.purchases,
      avg_ticket: c.avg_ticket,
      favorite_product: c.favorite_product,
      preferred_weekday: c.preferred_weekday,
      preferred_day_part: c.preferred_day_part,
      days_since_last_purchase: c.days_since_last_purchase,
      segment: segmentOf.get(c.customer_id) ?? null,
    })),
    observations: [],
    nulls,
  };
  result.observations = customerObservations(result);
  return result;
}
