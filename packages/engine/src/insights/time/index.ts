/**
 * Time insights (issue 7, second half): operations (weekday × hour), revenue trend and
 * forecasts, and anomalies (daily revenue, unit prices). Pure: the feature engine's result in,
 * JSON-safe observations out, every text in Spanish and English.
 */
import { anomalyInsights } from './anomalies/anomaly-insights';
import type { AnomalyInsights } from './anomalies/types';
import { dateOf } from './calendar/days';
import { DEFAULT_TICKETS_PER_EMPLOYEE_HOUR, type TimeInsightInput, type TimeInsightOptions } from './input';
import { operationsInsights } from './operations/operations-insights';
import type { OperationsInsights } from './operations/types';
import { isPartialLastDay, withoutLastDay } from './partial-day';
import { dailySeries } from './series';
import { trendInsights } from './trends/trend-insights';
import type { TrendInsights } from './trends/types';

export interface TimeInsights {
  operations: OperationsInsights;
  trends: TrendInsights;
  anomalies: AnomalyInsights;
}

/** `features` is the feature engine's `FeatureResult` (only day, day_hour, product_day, product are read). */
export function computeTimeInsights(
  features: TimeInsightInput,
  options: TimeInsightOptions = { ticketsPerEmployeeHour: DEFAULT_TICKETS_PER_EMPLOYEE_HOUR },
): TimeInsights {
  const capacity =
    Number.isFinite(options.ticketsPerEmployeeHour) && options.ticketsPerEmployeeHour > 0
      ? options.ticketsPerEmployeeHour
      : DEFAULT_TICKETS_PER_EMPLOYEE_HOUR;
  const full = dailySeries(features);
  const partial = full !== null && isPartialLastDay(features, full);
  const series = full !== null && partial ? withoutLastDay(full) : full;
  const excluded = full !== null && partial ? dateOf(full.firstDay + full.revenue.length - 1) : null;
  return {
    operations: operationsInsights(features, series, capacity, excluded),
    trends: trendInsights(series, excluded),
    anomalies: anomalyInsights(features, series, excluded),
  };
}

export type * from './anomalies/types';
export type * from './forecast/types';
export type {
  DayHourRowInput,
  DayRowInput,
  ProductDayRowInput,
  ProductRowInput,
  TimeInsightInput,
  TimeInsightOptions,
} from './input';
export { DEFAULT_TICKETS_PER_EMPLOYEE_HOUR } from './input';
export type * from './operations/types';
export type { Bilingual as TimeInsightText, Unavailable as TimeInsightUnavailable } from './text';
export type * from './trends/types';
