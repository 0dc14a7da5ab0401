/** Below this many months a correlation is shown with a caveat (two years of seasons). */
export const CORRELATION_MIN_MONTHS = 24;

export type CorrelationNullReason = 'TOO_FEW_MONTHS' | 'NO_VARIATION';

export interface Correlation {
  /** Pearson's r over the months both series have; null with a reason. */
  r: number | null;
  months: number;
  reason: CorrelationNullReason | null;
  /** True when `months` < CORRELATION_MIN_MONTHS: read as a hint, not a pattern. */
  caveat: boolean;
}

/** Pearson correlation of two month-keyed series over their common months (at least 3). */
export function correlate(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Correlation {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [month, x] of a) {
    const y = b.get(month);
    if (y !== undefined) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  const caveat = n < CORRELATION_MIN_MONTHS;
  if (n < 3) return { r: null, months: n, reason: 'TOO_FEW_MONTHS', caveat };
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { r: null, months: n, reason: 'NO_VARIATION', caveat };
  return { r: Math.round((sxy / Math.sqrt(sxx * syy)) * 1000) / 1000, months: n, reason: null, caveat };
}
