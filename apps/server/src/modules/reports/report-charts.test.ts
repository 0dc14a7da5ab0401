import { describe, expect, it } from 'vitest';
import { compactAxisLabel } from './report-charts';

describe('compactAxisLabel', () => {
  it('never writes two neighbouring ticks alike', () => {
    const ticks = [0, 200, 400, 600, 800, 1000, 1200].map((v) => compactAxisLabel(v, 'es'));
    expect(ticks).toEqual(['0', '200', '400', '600', '800', '1 mil', '1,2 mil']);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('writes millions with only the decimals they have, in each language', () => {
    expect(compactAxisLabel(10_000_000, 'es')).toBe('10 MM');
    expect(compactAxisLabel(12_500_000, 'es')).toBe('12,5 MM');
    expect(compactAxisLabel(12_500_000, 'en')).toBe('12.5 M');
    expect(compactAxisLabel(1_250, 'en')).toBe('1.25 k');
    expect(compactAxisLabel(-2_000_000, 'es')).toBe('-2 MM');
  });
});
