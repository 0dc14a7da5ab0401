import { saleLine } from '../lines.testkit';

/**
 * Two branches at every calendar grain, around the 2024/2025 year end: ISO week 2025-W01 runs
 * from Monday 2024-12-30 to Sunday 2025-01-05, so it straddles a month, a quarter and a year.
 * All at noon (or 13h), summer time (−03:00). Centro starts on 2024-11-29, Norte on
 * 2024-12-30: each branch's growth is measured from its own first line. K1 buys at both
 * branches: new at Centro on 2024-12-30 and new at Norte the same day. data_through = 2025-01-06.
 */
export const LINES = [
  saleLine('2024-11-29T12:00-03:00', 'T0', 'A', 1, 800, { location: 'Centro', customerId: 'K2' }),
  saleLine('2024-12-30T12:00-03:00', 'T1', 'A', 2, 1000, {
    location: 'Centro',
    customerId: 'K1',
    costTotal: 600,
  }),
  saleLine('2024-12-30T12:00-03:00', 'T2', 'B', 1, 500, { location: 'Norte', customerId: 'K1' }),
  saleLine('2024-12-31T12:00-03:00', 'T3', 'A', 1, 2000, { location: 'Centro', customerId: 'K2' }),
  saleLine('2025-01-02T12:00-03:00', 'T4', 'B', 1, 1500, { location: 'Centro', customerId: 'K1' }),
  saleLine('2025-01-02T12:00-03:00', 'T5', 'A', 3, 3000, { location: 'Norte', customerId: 'K3' }),
  saleLine('2025-01-02T13:00-03:00', 'R1', 'A', -1, -500, { location: 'Norte', customerId: 'K3' }),
  saleLine('2025-01-06T12:00-03:00', 'T6', 'B', 1, 1000, { location: 'Norte', customerId: 'K1' }),
];

export const EXPECTED_DAYS = [
  { location: 'Centro', period: '2024-11-29', revenue: 800, transactions: 1, customers: 1, new_customers: 1 },
  {
    location: 'Centro',
    period: '2024-12-30',
    revenue: 1000,
    units: 2,
    cost: 600,
    gross_margin: 400,
    margin_pct: 40,
    customers: 1,
    new_customers: 1, // K1's first purchase at Centro
    revenue_growth_pct: null,
    revenue_yoy_pct: null,
    nulls: {
      revenue_growth_pct: 'PREVIOUS_ZERO', // 2024-12-29 is inside Centro's data, no sales
      revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR', // 2023-12-30 is before it
      discount: 'NO_DISCOUNT_DATA',
    },
  },
  {
    location: 'Centro',
    period: '2024-12-31',
    revenue: 2000,
    customers: 1,
    new_customers: 0, // K2 first bought at Centro on 2024-11-29
    returning_customers: 1,
    revenue_growth_pct: 100, // (2000 − 1000) / 1000
    cost: null,
    nulls: { cost: 'NO_COST_DATA' },
  },
  { location: 'Centro', period: '2025-01-02', revenue: 1500, new_customers: 0, revenue_growth_pct: null },
  {
    location: 'Norte',
    period: '2024-12-30',
    revenue: 500,
    customers: 1,
    new_customers: 1, // K1 is new at Norte though Centro saw K1 the same day
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD' }, // Norte starts that day
  },
  {
    location: 'Norte',
    period: '2025-01-02',
    revenue: 2500, // 3000 − 500
    units: 2,
    lines: 2,
    transactions: 1,
    returns: 1,
    avg_ticket: 2500,
    customers: 1,
    new_customers: 1,
    nulls: { revenue_growth_pct: 'PREVIOUS_ZERO' }, // 2025-01-01, inside Norte's data
  },
  {
    location: 'Norte',
    period: '2025-01-06',
    revenue: 1000,
    new_customers: 0,
    returning_customers: 1,
    revenue_growth_pct: null,
  },
];

export const EXPECTED_WEEKS = [
  { location: 'Centro', period: '2024-W48', period_start: '2024-11-25', revenue: 800 },
  {
    location: 'Centro',
    period: '2025-W01',
    period_start: '2024-12-30',
    period_end: '2025-01-05',
    revenue: 4500, // 1000 + 2000 + 1500, across the year end
    units: 4,
    transactions: 3,
    avg_ticket: 1500,
    customers: 2, // K1 twice, K2
    new_customers: 1, // K1 (K2 is new in 2024-W48)
    returning_customers: 1,
    cost: 600,
    revenue_with_cost: 1000,
    gross_margin: 400,
    margin_pct: 40,
    cost_coverage_pct: 22.22, // 1000 / 4500
    nulls: { revenue_growth_pct: 'PREVIOUS_ZERO', revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' },
  },
  {
    location: 'Norte',
    period: '2025-W01',
    revenue: 3000, // 500 + 3000 − 500
    units: 3,
    transactions: 2,
    returns: 1,
    avg_ticket: 1500,
    customers: 2,
    new_customers: 2,
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD' }, // 2024-W52 ends before Norte's data
  },
  {
    location: 'Norte',
    period: '2025-W02',
    revenue: 1000,
    transactions: 1,
    customers: 1,
    new_customers: 0,
    revenue_growth_pct: -66.67, // (1000 − 3000) / 3000
    transactions_growth_pct: -50,
    customers_growth_pct: -50,
    avg_ticket_growth_pct: -33.33, // (1000 − 1500) / 1500
  },
];

export const EXPECTED_MONTHS = [
  { location: 'Centro', period: '2024-11', revenue: 800, transactions: 1, customers: 1, new_customers: 1 },
  {
    location: 'Centro',
    period: '2024-12',
    revenue: 3000,
    units: 3,
    transactions: 2,
    avg_ticket: 1500,
    customers: 2,
    new_customers: 1,
    returning_customers: 1,
    revenue_growth_pct: 275, // (3000 − 800) / 800
    transactions_growth_pct: 100,
    customers_growth_pct: 100,
    avg_ticket_growth_pct: 87.5, // (1500 − 800) / 800
    nulls: { revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' },
  },
  {
    location: 'Centro',
    period: '2025-01',
    revenue: 1500,
    customers: 1,
    new_customers: 0,
    revenue_growth_pct: -50,
  },
  {
    location: 'Norte',
    period: '2024-12',
    revenue: 500,
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD' },
  },
  {
    location: 'Norte',
    period: '2025-01',
    revenue: 3500,
    units: 3,
    transactions: 2,
    returns: 1,
    customers: 2, // K3, K1
    new_customers: 1, // K3
    returning_customers: 1,
    revenue_growth_pct: 600, // (3500 − 500) / 500
  },
];

export const EXPECTED_QUARTERS = [
  {
    location: 'Centro',
    period: '2024-Q4',
    revenue: 3800,
    units: 4,
    transactions: 3,
    customers: 2,
    new_customers: 2,
  },
  { location: 'Centro', period: '2025-Q1', revenue: 1500, revenue_growth_pct: -60.53 }, // −2300 / 3800
  { location: 'Norte', period: '2024-Q4', revenue: 500 },
  { location: 'Norte', period: '2025-Q1', revenue: 3500, revenue_growth_pct: 600 },
];

export const EXPECTED_YEARS = [
  {
    location: 'Centro',
    period: '2024',
    revenue: 3800,
    nulls: { revenue_growth_pct: 'NO_PREVIOUS_PERIOD', revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' },
  },
  { location: 'Centro', period: '2025', revenue: 1500, revenue_growth_pct: -60.53, revenue_yoy_pct: -60.53 },
  { location: 'Norte', period: '2024', revenue: 500, transactions: 1 },
  {
    location: 'Norte',
    period: '2025',
    revenue: 3500,
    transactions: 2,
    customers: 2,
    new_customers: 1,
    revenue_growth_pct: 600,
  },
];
