import { saleLine } from '../lines.testkit';

/**
 * One Friday (2025-03-14, summer time −03:00) of a small shop: a two-line ticket with bread
 * sold by weight, a ticket without customer whose lines have cost (one with a discount), a
 * return, and a late sale. Expected values computed by hand, in the comments.
 */
export const LINES = [
  saleLine('2025-03-14T09:15-03:00', 'T1', 'PAN', 0.345, 1034.31, { customerId: 'C1', costTotal: 517.16 }),
  saleLine('2025-03-14T09:15-03:00', 'T1', 'LECHE', 2, 2380, { customerId: 'C1' }),
  saleLine('2025-03-14T12:40-03:00', 'T2', 'PAN', 1.2, 3597.6, { costTotal: 1798.8 }),
  saleLine('2025-03-14T12:41-03:00', 'T2', 'QUESO', 1, 4990.5, { costTotal: 3000, discountTotal: 500 }),
  saleLine('2025-03-14T19:05-03:00', 'T3', 'LECHE', -1, -1190, { customerId: 'C1' }),
  saleLine('2025-03-14T23:30-03:00', 'T4', 'LECHE', 1, 1190, { customerId: 'C2' }),
];

export const EXPECTED_DAY = {
  period: '2025-03-14',
  weekday: 5,
  is_weekend: false,
  // 1034.31 + 2380 + 3597.6 + 4990.5 − 1190 + 1190
  revenue: 12002.41,
  gross_sales: 13192.41,
  returned_amount: 1190,
  // 0.345 + 2 + 1.2 + 1 − 1 + 1
  units: 4.545,
  lines: 6,
  sale_lines: 5,
  return_lines: 1,
  transactions: 3, // T1, T2, T4
  returns: 1, // T3
  customers: 2, // C1, C2 (T2 has no customer)
  new_customers: 2,
  returning_customers: 0,
  avg_ticket: 4000.8, // 12002.41 / 3 = 4000.803…
  units_per_transaction: 1.515, // 4.545 / 3
  lines_per_transaction: 1.67, // 5 sale lines / 3
  cost: 5315.96, // 517.16 + 1798.8 + 3000
  revenue_with_cost: 9622.41, // 1034.31 + 3597.6 + 4990.5
  gross_margin: 4306.45,
  margin_pct: 44.75, // 4306.45 / 9622.41 = 0.447544
  cost_coverage_pct: 66.9, // 9622.41 / (13192.41 + 1190) = 0.669040
  discount: 500,
  commission: null,
  peak_hour: 12, // 09h 3414.31 · 12h 8588.1 · 19h −1190 · 23h 1190
  peak_hour_revenue: 8588.1,
  nulls: { commission: 'NO_COMMISSION_DATA', revenue_growth_pct: 'NO_PREVIOUS_PERIOD' },
};

export const EXPECTED_HOURS = [
  {
    period: '2025-03-14T09',
    hour: 9,
    day_part: 'mañana',
    revenue: 3414.31,
    transactions: 1,
    customers: 1,
    new_customers: 1,
  },
  {
    period: '2025-03-14T12',
    hour: 12,
    day_part: 'tarde',
    revenue: 8588.1,
    transactions: 1,
    customers: 0,
    discount: 500,
  },
  {
    period: '2025-03-14T19',
    hour: 19,
    day_part: 'noche',
    revenue: -1190,
    transactions: 0,
    returns: 1,
    avg_ticket: null,
    nulls: { avg_ticket: 'NO_TRANSACTIONS' },
  },
  {
    period: '2025-03-14T23',
    hour: 23,
    day_part: 'madrugada',
    revenue: 1190,
    transactions: 1,
    customers: 1,
    new_customers: 1,
  },
];

export const EXPECTED_PRODUCTS = [
  {
    product_id: 'LECHE',
    revenue: 2380, // 2380 − 1190 + 1190
    units: 2,
    sale_lines: 2,
    return_lines: 1,
    returned_amount: 1190,
    cost: null,
    avg_unit_price: 1190, // (2380 + 1190) / 3 units sold
    mean_unit_price: 1190,
    median_unit_price: 1190,
    revenue_share_pct: 19.83, // 2380 / 12002.41
    abc_class: 'B', // 80.17% of revenue comes before it
  },
  {
    product_id: 'PAN',
    revenue: 4631.91,
    units: 1.545,
    days_sold: 1,
    first_sale: '2025-03-14',
    last_sale: '2025-03-14',
    cost: 2315.96,
    gross_margin: 2315.95,
    margin_pct: 50, // 2315.95 / 4631.91 = 0.4999989
    avg_unit_price: 2998, // 4631.91 / 1.545
    mean_unit_price: 2998, // both lines at 2998 per kg
    median_unit_price: 2998,
    sales_velocity: 1.545, // kg per day over one day
    revenue_share_pct: 38.59,
    abc_class: 'A',
  },
  {
    product_id: 'QUESO',
    revenue: 4990.5,
    discount: 500,
    revenue_share_pct: 41.58,
    abc_class: 'A', // first by revenue
  },
];

export const EXPECTED_CUSTOMERS = [
  {
    customer_id: 'C1',
    first_purchase: '2025-03-14',
    last_purchase: '2025-03-14',
    purchases: 1, // T1 (T3 is a return)
    purchase_days: 1,
    revenue: 2224.31, // 1034.31 + 2380 − 1190
    units: 1.345,
    returns: 1,
    avg_ticket: 2224.31,
    favorite_product: 'LECHE', // one line each of LECHE and PAN: the smaller id wins
    preferred_weekday: 5,
    preferred_day_part: 'mañana',
    days_since_last_purchase: 0,
    churned: false,
    lifecycle_stage: 'new',
    avg_days_between_purchases: null,
  },
  {
    customer_id: 'C2',
    purchases: 1,
    revenue: 1190,
    favorite_product: 'LECHE',
    preferred_day_part: 'madrugada',
    lifecycle_stage: 'new',
  },
];
