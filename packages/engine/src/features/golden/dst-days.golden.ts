import { saleLine } from '../lines.testkit';

/**
 * Days around Chile's 2024 clock changes. DST ended at 2024-04-07 00:00 −03 (clocks back to
 * 2024-04-06 23:00 −04): the hour 23 of April 6 happened twice. DST began at 2024-09-08
 * 00:00 −04 (clocks forward to 01:00 −03): September 8 had no hour 0.
 */
export const LINES = [
  saleLine('2024-04-06T23:30-03:00', 'T10', 'A', 1, 1000),
  saleLine('2024-04-06T23:30-04:00', 'T11', 'A', 1, 2000), // the same wall-clock hour, one hour later
  saleLine('2024-04-07T00:30-04:00', 'T12', 'A', 1, 500),
  saleLine('2024-09-07T23:59-04:00', 'T20', 'A', 2, 3000),
  saleLine('2024-09-08T01:00-03:00', 'T21', 'A', 1, 1500), // one minute after the line above
];

export const EXPECTED_DAYS = [
  {
    period: '2024-04-06',
    weekday: 6,
    is_weekend: true,
    revenue: 3000,
    transactions: 2,
    avg_ticket: 1500,
    peak_hour: 23,
    revenue_growth_pct: null,
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD', gross_margin_growth_pct: 'NO_PREVIOUS_PERIOD' },
  },
  {
    period: '2024-04-07',
    revenue: 500,
    peak_hour: 0,
    revenue_growth_pct: -83.33, // (500 − 3000) / 3000
    transactions_growth_pct: -50, // (1 − 2) / 2
    avg_ticket_growth_pct: -66.67, // (500 − 1500) / 1500
    customers_growth_pct: null,
    gross_margin_growth_pct: null,
    nulls: { customers_growth_pct: 'PREVIOUS_ZERO', gross_margin_growth_pct: 'PREVIOUS_NOT_COMPUTABLE' },
  },
  {
    period: '2024-09-07',
    revenue: 3000,
    units: 2,
    // 2024-09-06 lies inside the data (2024-04-06 … 2024-09-08) and sold nothing.
    revenue_growth_pct: null,
    nulls: { revenue_growth_pct: 'PREVIOUS_ZERO', avg_ticket_growth_pct: 'PREVIOUS_NOT_COMPUTABLE' },
  },
  { period: '2024-09-08', revenue: 1500, peak_hour: 1, revenue_growth_pct: -50 },
];

export const EXPECTED_HOURS = [
  { period: '2024-04-06T23', revenue: 3000, transactions: 2, day_part: 'madrugada' },
  { period: '2024-04-07T00', revenue: 500, transactions: 1 },
  { period: '2024-09-07T23', revenue: 3000 },
  { period: '2024-09-08T01', revenue: 1500 },
];

export const EXPECTED_WEEKS = [
  {
    period: '2024-W14',
    period_start: '2024-04-01',
    period_end: '2024-04-07',
    revenue: 3500,
    transactions: 3,
    days_with_sales: 2,
    partial: true, // starts before the data
    weekday_revenue: 0,
    weekend_revenue: 3500,
    weekend_share_pct: 100,
    weekday_weekend_ratio: null,
    nulls: { weekday_weekend_ratio: 'NO_WEEKDAY_SALES' },
  },
  { period: '2024-W36', period_start: '2024-09-02', period_end: '2024-09-08', revenue: 4500, partial: false },
];

export const EXPECTED_MONTHS = [
  { period: '2024-04', revenue: 3500, partial: true, nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD' } },
  { period: '2024-09', revenue: 4500, partial: true, nulls: { revenue_growth_pct: 'PREVIOUS_ZERO' } },
];
