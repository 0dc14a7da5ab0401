import { describe, expect, it } from 'vitest';
import { metricNullReasons, metricValues } from './metrics';

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

describe('metricNullReasons', () => {
  const row = {
    partial: false,
    revenue: 1_000_000,
    revenue_yoy_pct: null,
    avg_ticket: 8000,
    units_per_transaction: 3,
    margin_pct: null,
    customers: 0,
    returning_customers: 0,
    weekend_share_pct: 40,
    returned_amount: 0,
    gross_sales: 1_000_000,
    nulls: { margin_pct: 'NO_COST_DATA', revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' },
  };

  it("gives each null metric the reason of the row's own null, and none to metrics with a value", () => {
    expect(metricNullReasons(row, 1)).toEqual({
      gross_margin_pct: 'NO_COST_DATA',
      revenue_growth_yoy: 'NO_SAME_PERIOD_LAST_YEAR',
      repeat_customer_rate: 'NO_CUSTOMER_DATA',
    });
  });

  it('says a partial period is not compared, whatever its fields', () => {
    const reasons = metricNullReasons({ ...row, partial: true }, 1);
    expect(Object.keys(reasons)).toHaveLength(9);
    expect(new Set(Object.values(reasons))).toEqual(new Set(['PARTIAL_PERIOD']));
  });
});
