import { weekdayOfDay } from '../calendar/days';
import { quadraticForm } from './least-squares';
import { type FittedModel, predictDay } from './model';

export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/** Student-t quantile from the normal one (Cornish–Fisher; exact to ~1e-3 for df ≥ 10). */
export function tQuantile(z: number, df: number): number {
  if (!Number.isFinite(df) || df <= 0) return z;
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

export interface Spread {
  mean: number;
  variance: number;
  /** Degrees of freedom of the scale behind the variance (t quantile). */
  df: number;
}

/** A day: the model's mean (not below 0) and the variance of a new observation. */
export function daySpread(model: FittedModel, day: number): Spread {
  const prediction = predictDay(model, day);
  const weekday = weekdayOfDay(day) - 1;
  if (prediction.row === null) return { mean: 0, variance: 0, df: model.df };
  const noise = (model.weekdaySigma[weekday] as number) ** 2;
  return {
    mean: Math.max(0, prediction.mean),
    variance: noise + prediction.meanVariance,
    df: model.weekdayDf[weekday] as number,
  };
}

/**
 * A sum of days: Σ means, with the variance of the summed means (the rows add up before the
 * quadratic form) plus the summed noise, widened by the residuals' autocorrelation (a good
 * week tends to be followed by a good week) and never narrower than independent days.
 */
export function periodSpread(model: FittedModel, days: readonly number[]): Spread {
  const summed = new Float64Array(model.columns);
  let mean = 0;
  let noise = 0;
  let openDays = 0;
  for (const day of days) {
    const prediction = predictDay(model, day);
    if (prediction.row === null) continue;
    openDays++;
    mean += Math.max(0, prediction.mean);
    noise += (model.weekdaySigma[weekdayOfDay(day) - 1] as number) ** 2;
    for (let i = 0; i < model.columns; i++) summed[i] = (summed[i] as number) + (prediction.row[i] as number);
  }
  const meanVariance = model.sigma ** 2 * quadraticForm(model.inverse, summed, model.columns);
  const variance = noise * autocorrelationFactor(model.standardized, openDays) + meanVariance;
  // A sum mixes every weekday's scale: the smallest of their degrees of freedom, to be safe.
  return { mean, variance, df: Math.min(...model.weekdayDf) };
}

/** Var(Σ of h days) / (h × var(day)) from the residuals' autocorrelation up to lag 28; at least 1. */
export function autocorrelationFactor(residuals: Float64Array, h: number): number {
  const n = residuals.length;
  const maxLag = Math.min(h - 1, 28, Math.floor(n / 4));
  if (maxLag < 1) return 1;
  let mean = 0;
  for (const r of residuals) mean += r;
  mean /= n;
  let c0 = 0;
  for (const r of residuals) c0 += (r - mean) ** 2;
  if (c0 === 0) return 1;
  let factor = 1;
  for (let lag = 1; lag <= maxLag; lag++) {
    let c = 0;
    for (let i = lag; i < n; i++)
      c += ((residuals[i] as number) - mean) * ((residuals[i - lag] as number) - mean);
    factor += 2 * (1 - lag / h) * (c / c0);
  }
  return Math.max(1, factor);
}

export function interval(spread: Spread, z: number) {
  const half = tQuantile(z, spread.df) * Math.sqrt(spread.variance);
  return { low: Math.max(0, spread.mean - half), high: spread.mean + half };
}
