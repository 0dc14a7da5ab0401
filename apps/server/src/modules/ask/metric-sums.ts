import { type AskMetric, combinedCostCoverage } from '@ayni/contracts';
import { moneyPer, percent } from '../analytics/breakdown-math';

/*
 * One figure from several stored rows (the days of a range, the months of all the data, the
 * cells of the weekday × hour grid): additive sums in integer cents, ratios recomputed from the
 * sums exactly as the engine computes them. One row is read as stored, so a single period gives
 * the metrics endpoint's figure to the cent.
 */

export type Row = Record<string, unknown>;

export const METRIC_UNIT: Record<AskMetric, 'CLP' | '%' | 'units' | 'count'> = {
  revenue: 'CLP',
  units: 'units',
  transactions: 'count',
  avg_ticket: 'CLP',
  customers: 'count',
  new_customers: 'count',
  returning_customers: 'count',
  repeat_customers: 'count',
  gross_margin: 'CLP',
  margin_pct: '%',
  cost: 'CLP',
  discount: 'CLP',
  commission: 'CLP',
  returned_amount: 'CLP',
  returns: 'count',
  return_lines: 'count',
  avg_daily_revenue: 'CLP',
  avg_daily_transactions: 'count',
  avg_daily_customers: 'count',
  revenue_share_pct: '%',
  avg_unit_price: 'CLP',
  avg_monthly_revenue: 'CLP',
  avg_weekly_revenue: 'CLP',
  units_per_transaction: 'units',
  products_sold: 'count',
  revenue_per_customer: 'CLP',
};

/** Why a figure is missing: `not_derivable` when the stored rows cannot give it for several periods. */
export type Missing = 'no_data' | 'not_derivable' | 'not_available';
export interface Figure {
  value: number | null;
  missing?: Missing;
  /** Margins only: the share of the turnover whose lines have a cost (what the margin measures). */
  coverage?: number | null;
  /** A daily average: the days with sales it divides by. */
  days?: number;
  /** An average per month or week: the whole ones averaged, and those held only in part. */
  periods?: { whole: number; partial: [string, string][] };
}

const num = (row: Row, name: string): number | null => {
  const value = row[name];
  return typeof value === 'number' ? value : null;
};
const sumCents = (rows: readonly Row[], name: string) =>
  rows.reduce((total, row) => total + Math.round((num(row, name) ?? 0) * 100), 0);
const sumPlain = (rows: readonly Row[], name: string) =>
  rows.reduce((total, row) => total + (num(row, name) ?? 0), 0);
const anyValue = (rows: readonly Row[], name: string) => rows.some((row) => num(row, name) !== null);

/** `metric` over `rows`; `distinctCounts` says whether counts like customers add up across rows. */
export function sumMetric(rows: readonly Row[], metric: AskMetric): Figure {
  const figure = sumFigure(rows, metric);
  if ((metric === 'gross_margin' || metric === 'margin_pct' || metric === 'cost') && figure.value !== null)
    figure.coverage = combinedCostCoverage(rows);
  return figure;
}

function sumFigure(rows: readonly Row[], metric: AskMetric): Figure {
  if (rows.length === 0) return { value: null, missing: 'no_data' };
  if (isDailyAverage(metric)) return dailyAverage(rows, metric);
  if (rows.length === 1) {
    const row = rows[0] as Row;
    if (!(metric in row)) return { value: null, missing: 'not_available' };
    return { value: num(row, metric) };
  }
  // Ratios are recomputed from their sums, which rows without the ratio (hour cells) carry.
  const ratio = metric === 'avg_ticket' || metric === 'margin_pct' || metric === 'units_per_transaction';
  if (!rows.some((row) => metric in row) && !ratio) {
    return { value: null, missing: 'not_available' };
  }
  switch (metric) {
    case 'revenue':
    case 'discount':
    case 'commission':
    case 'returned_amount':
      // Files without discounts or commissions leave them null: no sum, rather than 0.
      if (metric !== 'returned_amount' && !anyValue(rows, metric)) return { value: null };
      return { value: sumCents(rows, metric) / 100 + 0 };
    case 'gross_margin':
    case 'cost':
      if (!anyValue(rows, metric)) return { value: null };
      return { value: sumCents(rows, metric) / 100 + 0 };
    case 'units':
      return { value: Math.round(sumPlain(rows, 'units') * 1000) / 1000 + 0 };
    case 'transactions':
    case 'returns':
    case 'return_lines':
    case 'new_customers':
      return { value: Math.round(sumPlain(rows, metric)) };
    case 'avg_ticket': {
      const transactions = Math.round(sumPlain(rows, 'transactions'));
      return { value: transactions === 0 ? null : moneyPer(sumCents(rows, 'revenue'), transactions) };
    }
    case 'units_per_transaction': {
      // Net units over tickets, to the thousandth as the engine rounds it.
      const transactions = Math.round(sumPlain(rows, 'transactions'));
      const units = Math.round(sumPlain(rows, 'units') * 1000);
      return { value: transactions === 0 ? null : Math.round(units / transactions) / 1000 };
    }
    case 'margin_pct': {
      if (!anyValue(rows, 'gross_margin')) return { value: null };
      const base = sumCents(rows, 'revenue_with_cost');
      return { value: base === 0 ? null : percent(sumCents(rows, 'gross_margin'), base) };
    }
    case 'customers':
    case 'returning_customers':
    case 'repeat_customers':
    // A customer who bought in two of the periods would be counted twice; shares of different
    // totals do not add up; a price needs the sale units, which rows of net units do not keep.
    case 'revenue_share_pct':
    case 'avg_unit_price':
    // Averages per month or week are over whole ones of the data (period-averages.ts).
    case 'avg_monthly_revenue':
    case 'avg_weekly_revenue':
    // Distinct products are counted from the lines (execute-value.ts): a product sold in two
    // periods would be counted twice.
    case 'products_sold':
    case 'revenue_per_customer':
      return { value: null, missing: 'not_derivable' };
  }
}

/** Change in % from `previous` to `value` (2 decimals), null when it has no meaning. */
export function changePct(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return Math.round(((value - previous) / Math.abs(previous)) * 10_000) / 100 + 0;
}

/**
 * Figures per day with sales, over day rows of the company or of a branch (one per day with
 * lines): a day of returns or free lines only is no day of sales. Other rows hold no days.
 */
export const DAILY_AVERAGES = ['avg_daily_revenue', 'avg_daily_transactions', 'avg_daily_customers'] as const;
export const isDailyAverage = (metric: AskMetric): metric is (typeof DAILY_AVERAGES)[number] =>
  (DAILY_AVERAGES as readonly string[]).includes(metric);

/** What each daily average divides by the days with sales. */
const DAILY_SUM = {
  avg_daily_revenue: 'revenue',
  avg_daily_transactions: 'transactions',
  avg_daily_customers: 'customers',
} as const;

/**
 * Net sales (to the cent), tickets or identified customers (to one decimal) over the days with
 * a sale line. A ticket belongs to one day, so the days' tickets add up to the period's; a
 * customer buying on two days is a customer on each of them.
 */
function dailyAverage(days: readonly Row[], metric: (typeof DAILY_AVERAGES)[number]): Figure {
  if (days.some((row) => row.period !== row.period_start)) return { value: null, missing: 'not_available' };
  const selling = days.filter((row) => (num(row, 'sale_lines') ?? 0) > 0);
  if (selling.length === 0) return { value: null, missing: 'no_data' };
  const value =
    metric === 'avg_daily_revenue'
      ? moneyPer(sumCents(days, 'revenue'), selling.length)
      : Math.round((sumPlain(days, DAILY_SUM[metric]) * 10) / selling.length) / 10;
  return { value, days: selling.length };
}
