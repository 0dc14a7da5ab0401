import { weekdayOfDay } from '../calendar/days';
import type { DailySeries } from '../series';
import {
  CALENDAR_EFFECTS,
  type CalendarEffect,
  columnsOf,
  type DesignSpec,
  designRow,
  effectsOn,
} from './design';
import { NormalEquations, quadraticForm } from './least-squares';

/** The model sees at most the last three years; yearly seasonality needs two of them. */
export const MAX_FIT_DAYS = 1096;
export const YEARLY_MIN_DAYS = 730;
/** A weekday with no revenue on any of its last 8 occurrences is closed: forecast 0, not fitted. */
const CLOSED_LOOKBACK_WEEKS = 8;
/** A calendar effect is estimated only when it occurs on at least this many fitted days. */
const MIN_EFFECT_DAYS = 2;

export interface FittedModel {
  spec: DesignSpec;
  columns: number;
  beta: Float64Array;
  /** (XᵀX)⁻¹ */
  inverse: Float64Array;
  /** Residual standard deviation, and its degrees of freedom. */
  sigma: number;
  df: number;
  /**
   * Residual scale per weekday (index 0 = Monday): a busy Saturday varies more in pesos than a
   * quiet Monday. Falls back to `sigma` for a weekday with few fitted days.
   */
  weekdaySigma: number[];
  /** Degrees of freedom behind each weekday's scale (for its t quantile). */
  weekdayDf: number[];
  /** Residuals over their weekday's scale, in date order: their autocorrelation widens sums. */
  standardized: Float64Array;
  fittedDays: number;
  /** Index 0 = Monday. */
  closedWeekdays: boolean[];
}

/** Fits the regression on series days [max(0, to − MAX_FIT_DAYS), to). Null when it cannot be fitted. */
export function fitModel(series: DailySeries, to: number): FittedModel | null {
  const from = Math.max(0, to - MAX_FIT_DAYS);
  const closedWeekdays = closedWeekdaysBefore(series, to);
  const open = (i: number) => !closedWeekdays[weekdayOfDay(series.firstDay + i) - 1];
  const effectDays = new Map<CalendarEffect, number>();
  let openDays = 0;
  for (let i = from; i < to; i++) {
    if (!open(i)) continue;
    openDays++;
    for (const effect of effectsOn(series.firstDay + i))
      effectDays.set(effect, (effectDays.get(effect) ?? 0) + 1);
  }
  const spec: DesignSpec = {
    originDay: series.firstDay + to - 1,
    yearly: to - from >= YEARLY_MIN_DAYS,
    effects: CALENDAR_EFFECTS.filter((effect) => (effectDays.get(effect) ?? 0) >= MIN_EFFECT_DAYS),
  };
  const columns = columnsOf(spec);
  const equations = new NormalEquations(columns);
  const x = new Float64Array(columns);
  for (let i = from; i < to; i++) {
    if (open(i)) equations.add(designRow(spec, series.firstDay + i, x), series.revenue[i] as number);
  }
  // A closed weekday's dummy is all zeros: not a parameter the data pays for.
  let emptyColumns = 0;
  for (let c = 0; c < columns; c++) if (equations.xtx[c * columns + c] === 0) emptyColumns++;
  const df = openDays - (columns - emptyColumns);
  if (df < 1) return null;
  const solved = equations.solve();
  if (solved === null) return null;
  const residuals = new Float64Array(openDays);
  const weekdays = new Uint8Array(openDays);
  let k = 0;
  for (let i = from; i < to; i++) {
    if (!open(i)) continue;
    const fitted = dot(solved.beta, designRow(spec, series.firstDay + i, x));
    weekdays[k] = weekdayOfDay(series.firstDay + i) - 1;
    residuals[k++] = (series.revenue[i] as number) - fitted;
  }
  const { sigma, weekdaySigma, weekdayDf } = residualScales(residuals, weekdays, df);
  const standardized = residuals.map((r, i) => {
    const scale = weekdaySigma[weekdays[i] as number] as number;
    return scale > 0 ? r / scale : 0;
  });
  return {
    spec,
    columns,
    beta: solved.beta,
    inverse: solved.inverse,
    sigma,
    df,
    weekdaySigma,
    weekdayDf,
    standardized,
    fittedDays: openDays,
    closedWeekdays,
  };
}

export interface DayPrediction {
  mean: number;
  /** Variance of the estimated mean (parameter uncertainty), σ² xᵀ(XᵀX)⁻¹x. */
  meanVariance: number;
  /** The design row, for summing periods. Null on a closed weekday. */
  row: Float64Array | null;
}

export function predictDay(model: FittedModel, day: number): DayPrediction {
  if (model.closedWeekdays[weekdayOfDay(day) - 1]) return { mean: 0, meanVariance: 0, row: null };
  const row = designRow(model.spec, day, new Float64Array(model.columns));
  return {
    mean: dot(model.beta, row),
    meanVariance: model.sigma ** 2 * quadraticForm(model.inverse, row, model.columns),
    row,
  };
}

/**
 * The weekday scales come from the latest ~6 months of fitted days: revenue that grew varies
 * more in pesos now than years ago, and the forecast is about now.
 */
const RECENT_RESIDUALS = 156;
/** Fewest fitted days of a weekday for it to get its own residual scale. */
const MIN_WEEKDAY_RESIDUALS = 8;

function residualScales(residuals: Float64Array, weekdays: Uint8Array, df: number) {
  const n = residuals.length;
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  let sse = 0;
  const recentFrom = Math.max(0, n - RECENT_RESIDUALS);
  for (let i = 0; i < n; i++) {
    const r = residuals[i] as number;
    sse += r * r;
    if (i < recentFrom) continue;
    const w = weekdays[i] as number;
    sums[w] = (sums[w] as number) + r * r;
    counts[w] = (counts[w] as number) + 1;
  }
  const sigma = Math.sqrt(sse / df);
  // Each weekday's mean square, corrected by n / df for the fitted parameters like σ² is.
  const weekdaySigma = sums.map((sum, w) =>
    (counts[w] as number) >= MIN_WEEKDAY_RESIDUALS
      ? Math.sqrt((sum / (counts[w] as number)) * (n / df))
      : sigma,
  );
  const own = (w: number) => (counts[w] as number) >= MIN_WEEKDAY_RESIDUALS;
  const weekdayDf = counts.map((count, w) => (own(w) ? count - 1 : df));
  return { sigma, weekdaySigma, weekdayDf };
}

function closedWeekdaysBefore(series: DailySeries, to: number): boolean[] {
  const closed: boolean[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    let seen = 0;
    let anySales = false;
    for (let i = to - 1; i >= 0 && seen < CLOSED_LOOKBACK_WEEKS; i--) {
      if (weekdayOfDay(series.firstDay + i) !== weekday) continue;
      seen++;
      if ((series.revenue[i] as number) !== 0) anySales = true;
    }
    closed.push(seen > 0 && !anySales);
  }
  return closed;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i] as number) * (b[i] as number);
  return total;
};
