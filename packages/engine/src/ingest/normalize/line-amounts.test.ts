import { describe, expect, it } from 'vitest';
import { settleAmounts, type WrittenAmounts } from './line-amounts';

const written = (amounts: Partial<WrittenAmounts>): WrittenAmounts => ({
  quantity: 1,
  priceTotal: null,
  priceUnit: null,
  costUnit: null,
  costTotal: null,
  discountTotal: null,
  margin: null,
  commission: null,
  ...amounts,
});

describe('settleAmounts', () => {
  it('infers the unit price from total / quantity, rounded to cents', () => {
    const settled = settleAmounts(written({ quantity: 3, priceTotal: 1000 }), false);
    expect(settled).toMatchObject({ quantity: 3, priceTotal: 1000, priceUnit: 333.33, discountTotal: null });
  });

  it('gives unit price 0 for a zero quantity without unit price', () => {
    expect(settleAmounts(written({ quantity: 0, priceTotal: 0 }), false).priceUnit).toBe(0);
  });

  it('infers the total from unit price × quantity − discount', () => {
    const settled = settleAmounts(written({ quantity: 2, priceUnit: 1500, discountTotal: 300 }), false);
    expect(settled).toMatchObject({ priceTotal: 2700, priceUnit: 1500, discountTotal: 300 });
  });

  it('derives the discount from unit price × quantity − total, ignoring a 1-peso rounding gap', () => {
    expect(
      settleAmounts(written({ quantity: 2, priceUnit: 1500, priceTotal: 2700 }), false).discountTotal,
    ).toBe(300);
    expect(
      settleAmounts(written({ quantity: 3, priceUnit: 4370, priceTotal: 13109 }), false).discountTotal,
    ).toBe(0);
  });

  it('derives cost total, cost unit and margin', () => {
    expect(settleAmounts(written({ quantity: 4, priceTotal: 1000, costUnit: 150 }), false)).toMatchObject({
      costUnit: 150,
      costTotal: 600,
      margin: 400,
    });
    expect(
      settleAmounts(written({ quantity: 1.088, priceTotal: 6400, costTotal: 2557 }), false),
    ).toMatchObject({
      costUnit: 2350.18,
      costTotal: 2557,
      margin: 3843,
    });
  });

  it('keeps the commission the file gives, and none when it gives none', () => {
    expect(settleAmounts(written({ quantity: 2, priceTotal: 8908, commission: 89 }), false).commission).toBe(
      89,
    );
    expect(
      settleAmounts(written({ quantity: 2, priceTotal: 8908, commission: 89.456 }), false).commission,
    ).toBe(89.46);
    expect(settleAmounts(written({ quantity: 2, priceTotal: 8908 }), false).commission).toBeNull();
  });

  it('keeps a margin the file gives', () => {
    expect(
      settleAmounts(written({ quantity: 2, priceTotal: 8908, costTotal: 6492, margin: 2327 }), false).margin,
    ).toBe(2327);
  });

  it('negates a credit note written with positive numbers', () => {
    const settled = settleAmounts(
      written({ quantity: 2, priceTotal: 1000, priceUnit: 500, costTotal: 600, margin: 400, commission: 25 }),
      true,
    );
    expect(settled).toEqual({
      quantity: -2,
      priceTotal: -1000,
      priceUnit: 500,
      costUnit: 300,
      costTotal: -600,
      discountTotal: 0,
      margin: -400,
      // The return takes its commission back.
      commission: -25,
    });
  });

  it('keeps a return already written negative (never double-negated)', () => {
    const settled = settleAmounts(
      written({
        quantity: -2,
        priceTotal: -1000,
        priceUnit: 500,
        costTotal: -600,
        margin: -400,
        commission: -25,
      }),
      true,
    );
    expect(settled).toEqual({
      quantity: -2,
      priceTotal: -1000,
      priceUnit: 500,
      costUnit: 300,
      costTotal: -600,
      discountTotal: 0,
      margin: -400,
      commission: -25,
    });
  });

  it('lets the margin sign follow on returns of goods sold below cost', () => {
    expect(settleAmounts(written({ quantity: 1, priceTotal: 100, margin: -20 }), true).margin).toBe(20);
    expect(settleAmounts(written({ quantity: -1, priceTotal: -100, margin: 20 }), true).margin).toBe(20);
  });

  it('rounds quantities to 3 decimals and never yields -0', () => {
    const settled = settleAmounts(written({ quantity: 1.23456, priceTotal: 0 }), true);
    expect(settled.quantity).toBe(-1.235);
    expect(Object.is(settled.priceTotal, 0)).toBe(true);
  });
});
