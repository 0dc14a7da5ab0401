import { dateOf, weekdayOfDay } from '../calendar/days';
import { dayLabels } from '../calendar/labels';
import type { DailySeries } from '../series';
import {
  decimalEs,
  formatPesos,
  round,
  type Unavailable,
  unavailable,
  WEEKDAY_NAMES,
  WEEKDAY_PLURALS,
} from '../text';
import { dayBaselineFactory } from './daily-baseline';
import { MAD_FLOOR_SHARE, severityOf } from './thresholds';
import type { EventDay, RevenueAnomalies, RevenueAnomaly } from './types';

/**
 * Daily revenue against the weekday-aware robust baseline. Holidays and commercial events are
 * never flagged: they are listed in `event_days` with how they compare with the baseline.
 */
export function dailyRevenueAnomalies(
  series: DailySeries | null,
  excludedPartialDay: string | null = null,
): RevenueAnomalies | Unavailable {
  if (series === null) {
    return unavailable('NO_SALES', 'No hay ventas en los datos.', 'There are no sales in the data.');
  }
  const baselineOf = dayBaselineFactory(series);
  const anomalies: RevenueAnomaly[] = [];
  const eventDays: EventDay[] = [];
  let checked = 0;
  for (let i = 0; i < series.revenue.length; i++) {
    const day = series.firstDay + i;
    const revenue = series.revenue[i] as number;
    const baseline = baselineOf(i);
    const labels = dayLabels(day);
    const deviation =
      baseline === null || baseline.median === 0 ? null : deviationPct(revenue, baseline.median);
    if (labels.labels.length > 0) {
      eventDays.push({
        date: dateOf(day),
        labels: labels.labels.map((label) => ({ ...label, name: { ...label.name } })), // copies: the calendar caches
        revenue: round(revenue, 2),
        baseline_median: baseline === null ? null : round(baseline.median, 2),
        deviation_pct: deviation,
      });
      continue;
    }
    // A weekday closed at least half the time (median 0) is not judged either way.
    if (baseline === null || !(baseline.median > 0)) continue;
    const mad = Math.max(baseline.relativeMad, MAD_FLOOR_SHARE) * baseline.median;
    checked++;
    const z = (0.6745 * (revenue - baseline.median)) / mad;
    const severity = severityOf(z);
    if (severity === null) continue;
    anomalies.push({
      date: dateOf(day),
      weekday: weekdayOfDay(day),
      revenue: round(revenue, 2),
      baseline_median: round(baseline.median, 2),
      deviation_pct: deviation,
      robust_z: round(z, 2),
      direction: z > 0 ? 'SPIKE' : 'DROP',
      severity,
      message: anomalyMessage(day, revenue, baseline.median, baseline.weeks, deviation),
    });
  }
  return {
    available: true,
    excluded_partial_day: excludedPartialDay,
    days_checked: checked,
    anomalies,
    event_days: eventDays,
  };
}

const deviationPct = (value: number, base: number): number =>
  round(((value - base) / Math.abs(base)) * 100, 1);

function anomalyMessage(
  day: number,
  revenue: number,
  median: number,
  weeks: number,
  deviation: number | null,
) {
  const plural = WEEKDAY_PLURALS[weekdayOfDay(day)] ?? { es: '', en: '' };
  const weekday = WEEKDAY_NAMES[weekdayOfDay(day)] ?? { es: '', en: '' };
  const date = dateOf(day);
  if (revenue === 0) {
    return {
      es: `${date} (${weekday.es}): sin ventas registradas; la mediana de los últimos ${weeks} ${plural.es} comparables es ${formatPesos(median)}.`,
      en: `${date} (${weekday.en}): no sales recorded; the median of the last ${weeks} comparable ${plural.en} is ${formatPesos(median, 'en')}.`,
    };
  }
  const sign = deviation !== null && deviation > 0 ? '+' : '';
  const change =
    deviation === null
      ? { es: '', en: '' }
      : { es: ` (${sign}${decimalEs(deviation)} %)`, en: ` (${sign}${deviation} %)` };
  return {
    es: `${date} (${weekday.es}): ventas de ${formatPesos(revenue)}${change.es} frente a una mediana de ${formatPesos(median)} en los últimos ${weeks} ${plural.es} comparables.`,
    en: `${date} (${weekday.en}): revenue of ${formatPesos(revenue, 'en')}${change.en} against a median of ${formatPesos(median, 'en')} over the last ${weeks} comparable ${plural.en}.`,
  };
}
