import { describe, expect, it } from 'vitest';
import { metricValues } from './metrics';

describe('metricValues', () => {
  const row = {
    partial: false,
    revenue: 1_200_000,
    revenue_yoy_pct: 12.5,
    avg_ticket: 8000,
    units_per_transaction: 3.2,
    margin_pct: 31,
    customers: 200,
    returning_customers: 50,
    weekend_share_pct: 40,
    returned_amount: 30_000,
    gross_sales: 1_230_000,
  };

  it('reads each metric from the stored features', () => {
    const v = metricValues(row, 3);
    expect(v.revenue).toBe(1_200_000);
    expect(v.revenue_growth_yoy).toBe(12.5);
    expect(v.units_per_ticket).toBe(3.2);
    expect(v.gross_margin_pct).toBe(31);
    expect(v.repeat_customer_rate).toBe(25); // 50 / 200
    expect(v.revenue_per_location).toBe(400_000); // 1.2M / 3 branches
    expect(v.return_rate).toBeCloseTo((30_000 / 1_230_000) * 100, 10);
    expect(v.weekend_share).toBe(40);
  });

  it('counts a business without branch data as one outlet, and leaves unknowns null', () => {
    const v = metricValues({ ...row, customers: 0, margin_pct: null, revenue_yoy_pct: undefined }, 0);
    expect(v.revenue_per_location).toBe(1_200_000);
    expect(v.repeat_customer_rate).toBeNull();
    expect(v.gross_margin_pct).toBeNull();
    expect(v.revenue_growth_yoy).toBeNull();
  });

  it('compares no partial period', () => {
    expect(Object.values(metricValues({ ...row, partial: true }, 1)).every((x) => x === null)).toBe(true);
  });
});
