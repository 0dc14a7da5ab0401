import type { DailySeries } from '../series';
import { decimalEs, formatPesos, round, type Unavailable, unavailable } from '../text';
import type { RevenueTrend, TrendDirection } from './types';

/** Fewest days (closed days included) a trend is fitted on. */
export const MIN_TREND_DAYS = 28;
/** GROWING / DECLINING need |growth| above this (% of the mean per month) and R² at least this. */
export const TREND_GROWTH_PCT = 2;
export const TREND_MIN_R2 = 0.1;
const DAYS_PER_MONTH = 365.25 / 12;

/** Ordinary least squares of daily revenue on the day number; zero days inside the range count. */
export function revenueTrend(series: DailySeries | null): RevenueTrend | Unavailable {
  const n = series?.revenue.length ?? 0;
  if (series === null || n < MIN_TREND_DAYS) {
    return unavailable(
      'INSUFFICIENT_HISTORY',
      `La tendencia necesita al menos ${MIN_TREND_DAYS} días de datos; hay ${n}.`,
      `The trend needs at least ${MIN_TREND_DAYS} days of data; there are ${n}.`,
    );
  }
  const y = series.revenue;
  const meanT = (n - 1) / 2;
  let meanY = 0;
  for (let i = 0; i < n; i++) meanY += y[i] as number;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dt = i - meanT;
    const dy = (y[i] as number) - meanY;
    sxy += dt * dy;
    sxx += dt * dt;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  // R² of a simple regression is the squared correlation; undefined when revenue never varies.
  const r2 = syy === 0 ? null : (sxy * sxy) / (sxx * syy);
  const growth = meanY > 0 ? (slope * DAYS_PER_MONTH * 100) / meanY : null;
  const direction = directionOf(growth, r2);
  return {
    available: true,
    days: n,
    mean_daily_revenue: round(meanY, 2),
    slope_per_day: round(slope, 2),
    growth_pct_per_month: growth === null ? null : round(growth, 2),
    r_squared: r2 === null ? null : round(r2, 4),
    direction,
    message: trendMessage(direction, growth, slope, r2),
  };
}

export function directionOf(growthPct: number | null, r2: number | null): TrendDirection {
  if (growthPct === null || r2 === null || r2 < TREND_MIN_R2) return 'STABLE';
  if (growthPct > TREND_GROWTH_PCT) return 'GROWING';
  if (growthPct < -TREND_GROWTH_PCT) return 'DECLINING';
  return 'STABLE';
}

function trendMessage(direction: TrendDirection, growth: number | null, slope: number, r2: number | null) {
  const pct = growth === null ? null : round(growth, 1);
  const fit =
    r2 === null
      ? { es: '', en: '' }
      : { es: ` (R² ${decimalEs(r2.toFixed(2))})`, en: ` (R² ${r2.toFixed(2)})` };
  if (direction === 'STABLE' || pct === null) {
    return {
      es: `Las ventas diarias se mantienen estables: sin una tendencia clara${fit.es}.`,
      en: `Daily revenue is stable: no clear trend${fit.en}.`,
    };
  }
  const verb = direction === 'GROWING' ? { es: 'crecen', en: 'grow' } : { es: 'bajan', en: 'decline' };
  return {
    es: `Las ventas diarias ${verb.es} en torno a ${decimalEs(Math.abs(pct))} % por mes (${formatPesos(slope)} por día)${fit.es}.`,
    en: `Daily revenue ${verb.en}s by about ${Math.abs(pct)} % per month (${formatPesos(slope, 'en')} per day)${fit.en}.`,
  };
}
