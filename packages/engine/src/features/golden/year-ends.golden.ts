import { saleLine } from '../lines.testkit';

/**
 * Sparse sales over four years: ISO week 2020-W53 spanning the 2020/2021 year end, the leap
 * day 2024-02-29, 2024-12-30 (ISO week 2025-W01), and customers who come back, drift away or
 * churn. All at noon, summer time (−03:00). data_through = 2025-02-28.
 */
export const LINES = [
  saleLine('2020-12-31T12:00-03:00', 'T1', 'A', 1, 100, { customerId: 'K1' }),
  saleLine('2021-01-03T12:00-03:00', 'T2', 'A', 1, 200, { customerId: 'K1' }),
  saleLine('2024-02-29T12:00-03:00', 'T3', 'A', 1, 300, { customerId: 'K2' }),
  saleLine('2024-11-30T12:00-03:00', 'T6', 'A', 1, 50, { customerId: 'K3' }),
  saleLine('2024-12-30T12:00-03:00', 'T4', 'A', 1, 400, { customerId: 'K1' }),
  saleLine('2025-02-28T12:00-03:00', 'T5', 'A', 1, 600, { customerId: 'K2' }),
];

export const EXPECTED_DAYS = [
  // No 2023-02-29 to compare with.
  { period: '2024-02-29', revenue: 300, weekday: 4, nulls: { revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' } },
  // 2024-02-28 is inside the data and sold nothing.
  { period: '2025-02-28', revenue: 600, nulls: { revenue_yoy_pct: 'PREVIOUS_ZERO' } },
];

export const EXPECTED_WEEKS = [
  {
    period: '2020-W53',
    period_start: '2020-12-28',
    period_end: '2021-01-03',
    revenue: 300,
    transactions: 2,
    customers: 1, // K1 twice
    new_customers: 1,
    weekday_revenue: 100, // Thursday
    weekend_revenue: 200, // Sunday
    weekend_share_pct: 66.67,
    weekday_weekend_ratio: 0.5, // (100 / 1 day) / (200 / 1 day)
    partial: true, // starts before 2020-12-31
    // 2019 has no week 53; the week before (2020-W52) ended before the data began.
    nulls: { revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR', retention_rate_pct: 'NO_PREVIOUS_PERIOD' },
  },
  { period: '2024-W09', period_start: '2024-02-26', period_end: '2024-03-03', revenue: 300 },
  {
    period: '2025-W01',
    period_start: '2024-12-30',
    period_end: '2025-01-05',
    revenue: 400,
    nulls: { revenue_yoy_pct: 'PREVIOUS_ZERO' }, // 2024-W01 is inside the data
  },
];

export const EXPECTED_MONTHS = [
  { period: '2020-12', revenue: 100 },
  {
    period: '2021-01',
    revenue: 200,
    customers: 1,
    new_customers: 0,
    returning_customers: 1,
    retained_customers: 1,
    retention_rate_pct: 100,
  },
  { period: '2024-02', period_end: '2024-02-29', revenue: 300 },
  { period: '2025-02', revenue: 600, revenue_yoy_pct: 100, customers_yoy_pct: 0 }, // 300 → 600; 1 → 1
];

export const EXPECTED_QUARTERS = [
  { period: '2024-Q4', revenue: 450 },
  { period: '2025-Q1', revenue: 600, revenue_growth_pct: 33.33, revenue_yoy_pct: 100 }, // vs 450; vs 300
];

export const EXPECTED_YEARS = [
  {
    period: '2020',
    revenue: 100,
    customers: 1,
    new_customers: 1,
    retained_customers: 0,
    retention_rate_pct: null,
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD', retention_rate_pct: 'NO_PREVIOUS_PERIOD' },
  },
  {
    period: '2021',
    revenue: 200,
    customers: 1,
    new_customers: 0,
    returning_customers: 1,
    retained_customers: 1, // K1 bought in 2020 and again in 2021
    retention_rate_pct: 100,
  },
  // 2023 is inside the data and sold nothing.
  {
    period: '2024',
    revenue: 750,
    transactions: 3,
    customers: 3,
    new_customers: 2, // K2, K3
    returning_customers: 1, // K1
    retained_customers: 0,
    nulls: { revenue_growth_pct: 'PREVIOUS_ZERO', retention_rate_pct: 'PREVIOUS_ZERO' },
  },
  {
    period: '2025',
    partial: true,
    revenue: 600,
    customers: 1,
    new_customers: 0,
    revenue_growth_pct: -20, // (600 − 750) / 750
    revenue_yoy_pct: -20,
    customers_growth_pct: -66.67, // (1 − 3) / 3
    avg_ticket_growth_pct: 140, // 600 vs 750 / 3 = 250
    retained_customers: 1, // K2, of K1, K2, K3 in 2024
    retention_rate_pct: 33.33,
  },
];

export const EXPECTED_CUSTOMERS = [
  {
    customer_id: 'K1',
    first_purchase: '2020-12-31',
    last_purchase: '2024-12-30',
    purchases: 3,
    purchase_days: 3,
    revenue: 700,
    avg_ticket: 233.33,
    preferred_weekday: 1, // Thu, Sun, Mon once each: the earliest weekday wins
    preferred_day_part: 'tarde',
    days_since_last_purchase: 60, // 1 + 31 + 28
    churned: false,
    lifecycle_stage: 'at_risk', // 60 ≥ 45
    avg_days_between_purchases: 730, // 1460 days / 2 gaps
  },
  {
    customer_id: 'K2',
    first_purchase: '2024-02-29',
    last_purchase: '2025-02-28',
    purchases: 2,
    revenue: 900,
    days_since_last_purchase: 0,
    churned: false,
    lifecycle_stage: 'active',
    avg_days_between_purchases: 365,
  },
  {
    customer_id: 'K3',
    days_since_last_purchase: 90, // 2024-11-30 → 2025-02-28
    churned: true,
    lifecycle_stage: 'churned',
  },
];
