import { describe, expect, it } from 'vitest';
import { ArithmeticEvidence } from './arithmetic-evidence';
import { DateSpan } from './date-span';

const BOTH = ['.', ','] as const;

describe('ArithmeticEvidence', () => {
  it('reads 1.088 kg beside "4,454" CLP: one decimal mark throughout wins the tie', () => {
    const evidence = new ArithmeticEvidence({ quantity: 0, priceUnit: 1, priceTotal: 2 });
    for (const row of [
      ['2', '4,454', '8,908'],
      ['1.088', '5,882', '6,400'],
      ['2.422', '12,605', '30,529'],
    ]) {
      evidence.add(row);
    }
    const allowed = { quantity: [...BOTH], priceUnit: [...BOTH], priceTotal: [...BOTH] };
    expect(evidence.decide(allowed, ',')).toEqual({
      marks: { quantity: '.', priceUnit: '.', priceTotal: '.' },
      agreements: 3,
    });
  });

  it('gives a shrinking reading no slack: "4.500" is not within a peso of 5 × 1', () => {
    const evidence = new ArithmeticEvidence({ quantity: 0, priceUnit: 1, priceTotal: 2 });
    evidence.add(['1', '$ 5.000', '$ 4.500']);
    evidence.add(['1,5', '$ 8.000', '$ 12.000']);
    const decision = evidence.decide({ quantity: [','] }, ',');
    expect(decision?.marks).toEqual({ quantity: ',', priceUnit: ',', priceTotal: ',' });
    expect(decision?.agreements).toBe(1);
  });

  it('accepts total = quantity × price − discount and checks the cost pair', () => {
    const evidence = new ArithmeticEvidence({
      quantity: 0,
      priceUnit: 1,
      priceTotal: 2,
      discount: 3,
      costUnit: 4,
      costTotal: 5,
    });
    evidence.add(['2', '1.000', '1.500', '500', '300', '600']);
    expect(evidence.decide({}, ',')?.agreements).toBe(2);
  });

  it('decides nothing without a checkable relation', () => {
    const evidence = new ArithmeticEvidence({ quantity: 0, priceTotal: 1 });
    evidence.add(['1', '100']);
    expect(evidence.decide({}, ',')).toBeNull();
  });
});

describe('DateSpan', () => {
  it('finds the order that keeps a week of dates together', () => {
    const span = new DateSpan();
    for (const day of ['10/01/2025', '10/03/2025', '10/07/2025 20:23']) span.add(day);
    expect(span.spanDays('mdy')).toBe(6);
    expect(span.spanDays('dmy')).toBe(181);
    expect(span.tighterOrder()).toBe('mdy');
  });

  it('stays undecided when both orders spread alike', () => {
    const span = new DateSpan();
    span.add('08-10-2025');
    expect(span.tighterOrder()).toBeNull();
  });
});
