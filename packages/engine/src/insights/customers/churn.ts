import type { CustomerRow } from '../shared/rows';
import { pct, round } from '../shared/stats';
import { churnRateAt, type PurchaseDays } from './activity';

/** Customers listed per group (churned, at risk), most sales first. */
export const LISTED_LOST_CUSTOMERS = 20;

export interface LostCustomer {
  customer_id: string;
  revenue: number;
  days_since_last_purchase: number;
}

export interface ChurnSummary {
  churn_days: number;
  /** No purchase in the last `churn_days` days up to data_through. */
  churned_customers: number;
  churned_share_pct: number | null;
  churned_revenue: number;
  /** No purchase in the last half of `churn_days`, but within it. */
  at_risk_customers: number;
  at_risk_revenue: number;
  /** Churn rate (see churnRateAt) at data_through and 30 days earlier, %. */
  churn_rate_pct: number | null;
  churn_rate_30_days_earlier_pct: number | null;
  /** The churned and at-risk customers who bought the most. */
  top_churned: LostCustomer[];
  top_at_risk: LostCustomer[];
}

export function churnSummary(
  rows: readonly CustomerRow[],
  days: PurchaseDays,
  dataThrough: number,
  churnDays: number,
): ChurnSummary {
  const riskFrom = Math.ceil(churnDays / 2);
  let churned = 0;
  let churnedRevenue = 0;
  let atRisk = 0;
  let atRiskRevenue = 0;
  let buyers = 0;
  const lost: LostCustomer[] = [];
  const risky: LostCustomer[] = [];
  for (const c of rows) {
    const since = c.days_since_last_purchase;
    if (since === null) continue;
    buyers++;
    const entry = { customer_id: c.customer_id, revenue: c.revenue, days_since_last_purchase: since };
    if (since >= churnDays) {
      churned++;
      churnedRevenue += c.revenue;
      lost.push(entry);
    } else if (since >= riskFrom) {
      atRisk++;
      atRiskRevenue += c.revenue;
      risky.push(entry);
    }
  }
  return {
    churn_days: churnDays,
    churned_customers: churned,
    churned_share_pct: pct(churned, buyers),
    churned_revenue: round(churnedRevenue, 2),
    at_risk_customers: atRisk,
    at_risk_revenue: round(atRiskRevenue, 2),
    churn_rate_pct: churnRateAt(days, dataThrough, churnDays),
    churn_rate_30_days_earlier_pct: churnRateAt(days, dataThrough - 30, churnDays),
    top_churned: mostSales(lost),
    top_at_risk: mostSales(risky),
  };
}

const mostSales = (list: LostCustomer[]): LostCustomer[] =>
  list
    .sort((a, b) => b.revenue - a.revenue || (a.customer_id < b.customer_id ? -1 : 1))
    .slice(0, LISTED_LOST_CUSTOMERS);
