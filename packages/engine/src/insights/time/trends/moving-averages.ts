import { dateOf } from '../calendar/days';
import type { DailySeries } from '../series';
import { round } from '../text';
import type { MovingAveragePoint } from './types';

/** Trailing 7- and 28-day means of daily revenue (closed days as 0), null until the window fills. */
export function movingAverages(series: DailySeries | null): MovingAveragePoint[] {
  if (series === null) return [];
  const y = series.revenue;
  const points: MovingAveragePoint[] = [];
  let sum7 = 0;
  let sum28 = 0;
  for (let i = 0; i < y.length; i++) {
    const value = y[i] as number;
    sum7 += value - (i >= 7 ? (y[i - 7] as number) : 0);
    sum28 += value - (i >= 28 ? (y[i - 28] as number) : 0);
    points.push({
      date: dateOf(series.firstDay + i),
      revenue: round(value, 2),
      ma7: i >= 6 ? round(sum7 / 7, 2) : null,
      ma28: i >= 27 ? round(sum28 / 28, 2) : null,
    });
  }
  return points;
}
