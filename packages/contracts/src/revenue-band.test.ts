import { describe, expect, it } from 'vitest';
import { revenueBand } from './revenue-band';

describe('revenueBand (1–2–5 series)', () => {
  it('puts a value in the band whose lower bound it reaches', () => {
    expect(revenueBand(1_000_000)).toEqual({ low: 1_000_000, high: 2_000_000 });
    expect(revenueBand(1_999_999)).toEqual({ low: 1_000_000, high: 2_000_000 });
    expect(revenueBand(2_000_000)).toEqual({ low: 2_000_000, high: 5_000_000 });
    expect(revenueBand(9_999_999)).toEqual({ low: 5_000_000, high: 10_000_000 });
    expect(revenueBand(10_000_000)).toEqual({ low: 10_000_000, high: 20_000_000 });
    expect(revenueBand(999_999)).toEqual({ low: 500_000, high: 1_000_000 });
  });

  it('has one band below 1 peso (net revenue can be zero or negative)', () => {
    expect(revenueBand(0)).toEqual({ low: 0, high: 1 });
    expect(revenueBand(-5000)).toEqual({ low: 0, high: 1 });
  });
});
