import type { CategorySales, HourSales, MetricPeriod, ProductSales } from '@ayni/contracts';

/** The contracts' catch-all index signature refuses literal `nulls` objects: cast through unknown. */
export function asPeriod(value: object): MetricPeriod {
  return value as unknown as MetricPeriod;
}

/** A stored month as the engine writes it (growth figures included); override what a test needs. */
export function month(period: string, values: Record<string, unknown> = {}): MetricPeriod {
  const [year, mon] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return asPeriod({
    period,
    period_start: `${period}-01`,
    period_end: `${period}-${String(last).padStart(2, '0')}`,
    partial: false,
    revenue: 10_000_000,
    gross_sales: 10_100_000,
    returned_amount: 100_000,
    units: 5000,
    transactions: 4000,
    returns: 10,
    customers: 800,
    new_customers: 100,
    returning_customers: 700,
    avg_ticket: 2500,
    cost: 5_440_000,
    revenue_with_cost: 8_000_000,
    gross_margin: 2_560_000,
    margin_pct: 32,
    cost_coverage_pct: 80,
    discount: 120_000,
    revenue_growth_pct: null,
    revenue_yoy_pct: null,
    transactions_growth_pct: null,
    transactions_yoy_pct: null,
    customers_growth_pct: null,
    customers_yoy_pct: null,
    avg_ticket_growth_pct: null,
    avg_ticket_yoy_pct: null,
    nulls: {},
    ...values,
  });
}

/** Nov 2025 … Nov 2026; November 2026 is the newest complete month. */
export function months(): MetricPeriod[] {
  const rows: MetricPeriod[] = [];
  for (let index = 0; index < 13; index++) {
    const year = index < 2 ? 2025 : 2026;
    const mon = index < 2 ? 11 + index : index - 1;
    rows.push(month(`${year}-${String(mon).padStart(2, '0')}`, { revenue: 10_000_000 + index * 100_000 }));
  }
  rows[rows.length - 1] = month('2026-11', {
    revenue: 12_345_678,
    transactions: 4321,
    avg_ticket: 2857.1,
    customers: null,
    new_customers: null,
    returning_customers: null,
    revenue_growth_pct: 12.5,
    revenue_yoy_pct: -3.25,
    transactions_growth_pct: 8,
    transactions_yoy_pct: null,
    customers_growth_pct: null,
    customers_yoy_pct: null,
    avg_ticket_growth_pct: 4.1,
    avg_ticket_yoy_pct: 0,
    nulls: {
      customers: 'NO_CUSTOMER_DATA',
      new_customers: 'NO_CUSTOMER_DATA',
      returning_customers: 'NO_CUSTOMER_DATA',
      transactions_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
      customers_growth_pct: 'NO_CUSTOMER_DATA',
      customers_yoy_pct: 'NO_CUSTOMER_DATA',
    },
  });
  return rows;
}

/** A product of a file without costs: what differs is given. */
const productWithoutCost = (values: Record<string, unknown>) => ({
  cost: null,
  revenue_with_cost: 0,
  gross_margin: null,
  margin_pct: null,
  cost_coverage_pct: 0,
  discount: null,
  nulls: { cost: 'NO_COST_DATA', gross_margin: 'NO_COST_DATA', margin_pct: 'NO_COST_DATA' },
  ...values,
});

export const PRODUCTS = [
  productWithoutCost({
    product_id: 'PAN-001',
    description: 'Marraqueta',
    category: 'Panadería',
    unit_type: 'un',
    revenue: 3_210_000,
    gross_sales: 3_220_000,
    returned_amount: 10_000,
    units: 4100,
    lines: 900,
    sale_lines: 898,
    return_lines: 2,
    days_sold: 30,
    avg_unit_price: 783,
    revenue_share_pct: 26,
  }),
  // Sold by weight: its units are kilos.
  productWithoutCost({
    product_id: 'CAR-001',
    description: 'Carne molida',
    category: 'Carnes',
    unit_type: 'kg',
    revenue: 461_197,
    gross_sales: 461_197,
    returned_amount: 0,
    units: 46.166,
    lines: 40,
    sale_lines: 40,
    return_lines: 0,
    days_sold: 20,
    avg_unit_price: 9990,
    revenue_share_pct: 3.7,
  }),
] as unknown as ProductSales[];

export const CATEGORIES: CategorySales[] = [
  {
    category: 'Lácteos',
    revenue: 1_990_000,
    gross_sales: 2_000_000,
    returned_amount: 10_000,
    units: 1590,
    lines: 700,
    sale_lines: 699,
    return_lines: 1,
    cost: 1_400_000,
    revenue_with_cost: 1_990_000,
    gross_margin: 590_000,
    margin_pct: 29.65,
    cost_coverage_pct: 100,
    discount: 0,
    commission: null,
    revenue_share_pct: 16.1,
    months: 1,
    nulls: {},
  },
];

export function hours(): HourSales[] {
  const cells: HourSales[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const revenue = hour >= 9 && hour <= 20 ? 10_000 * weekday + hour * 1000 : 0;
      cells.push({
        weekday,
        hour,
        day_part: 'tarde',
        revenue,
        units: revenue ? 10 : 0,
        transactions: revenue ? 5 : 0,
        returns: 0,
        lines: revenue ? 8 : 0,
        avg_ticket: revenue ? revenue / 5 : null,
        days: revenue ? 4 : 0,
        nulls: revenue ? {} : { avg_ticket: 'NO_TRANSACTIONS' },
      });
    }
  }
  return cells;
}
