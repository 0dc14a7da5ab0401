import { describe, expect, it } from 'vitest';
import { combinedCostCoverage } from './cost-coverage';

describe('combinedCostCoverage', () => {
  it('weighs each period by its turnover (gross sales + returned)', () => {
    // 80 % of 1.000 + 50 % of (2.900 + 100) = 800 + 1.500 = 2.300 of 4.000 → 57,5 %.
    const rows = [
      { gross_sales: 1000, returned_amount: 0, cost_coverage_pct: 80 },
      { gross_sales: 2900, returned_amount: 100, cost_coverage_pct: 50 },
    ];
    expect(combinedCostCoverage(rows)).toBe(57.5);
  });

  it('gives one period its own stored share, and null without turnover', () => {
    expect(combinedCostCoverage([{ gross_sales: 0, returned_amount: 0, cost_coverage_pct: 33.33 }])).toBe(
      33.33,
    );
    expect(combinedCostCoverage([{ gross_sales: 0 }, { gross_sales: 0 }])).toBeNull();
  });
});
