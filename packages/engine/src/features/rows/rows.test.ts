import { describe, expect, it } from 'vitest';
import type { Nulls } from '../types';
import { type GrowthBase, growthFields } from './growth';
import { money, moneyPer, percent, roundTo } from './numbers';
import { medianOfCounts } from './product-rows';

const base = (values: Partial<GrowthBase>): GrowthBase => ({
  revenue: 0,
  transactions: 0,
  customers: 0,
  avg_ticket: null,
  gross_margin: null,
  ...values,
});

describe('growthFields', () => {
  it('computes changes in % against a row and gives a reason for every null', () => {
    const nulls: Nulls = {};
    const fields = growthFields(
      base({ revenue: 150, transactions: 3, avg_ticket: 50, gross_margin: null }),
      { kind: 'row', values: base({ revenue: 100, transactions: 0, avg_ticket: null, gross_margin: 10 }) },
      { kind: 'missing', reason: 'NO_SAME_PERIOD_LAST_YEAR' },
      nulls,
    );
    expect(fields).toMatchObject({
      revenue_growth_pct: 50,
      transactions_growth_pct: null,
      revenue_yoy_pct: null,
    });
    expect(nulls).toEqual({
      revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
      transactions_growth_pct: 'PREVIOUS_ZERO',
      transactions_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
      customers_growth_pct: 'PREVIOUS_ZERO',
      customers_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
      avg_ticket_growth_pct: 'PREVIOUS_NOT_COMPUTABLE',
      avg_ticket_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
      gross_margin_growth_pct: 'NOT_COMPUTABLE',
      gross_margin_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR',
    });
  });

  it('measures against |previous| so a loss turning into a profit reads as growth', () => {
    const nulls: Nulls = {};
    const fields = growthFields(
      base({ gross_margin: 50 }),
      { kind: 'row', values: base({ gross_margin: -100 }) },
      { kind: 'empty', values: base({}) },
      nulls,
    );
    expect(fields.gross_margin_growth_pct).toBe(150);
    expect(nulls.revenue_yoy_pct).toBe('PREVIOUS_ZERO');
  });
});

describe('numbers', () => {
  it('rounds half up and never returns −0', () => {
    expect(money(123456)).toBe(1234.56);
    expect(moneyPer(1_200_241, 3)).toBe(4000.8);
    expect(moneyPer(5, 2)).toBe(0.03); // 2.5 cents → 3
    expect(percent(1, 3)).toBe(33.33);
    expect(roundTo(-0.001, 2)).toBe(0);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('medianOfCounts', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(medianOfCounts(new Map([[1000, 3]]))).toBe(1000);
    expect(
      medianOfCounts(
        new Map([
          [1000, 1],
          [3000, 1],
        ]),
      ),
    ).toBe(2000);
    expect(
      medianOfCounts(
        new Map([
          [5, 1],
          [1, 2],
          [9, 1],
        ]),
      ),
    ).toBe(3); // 1 1 5 9
    expect(
      medianOfCounts(
        new Map([
          [5, 2],
          [1, 2],
          [9, 1],
        ]),
      ),
    ).toBe(5); // 1 1 5 5 9
  });
});
