import { civilOf, dateOf, dayIndex } from '../calendar/days';
import type { DailySeries } from '../series';
import { type Unavailable, unavailable } from '../text';
import { backtest } from './backtest';
import { dailyForecast, monthlyForecast } from './forecast-builders';
import { fitModel } from './model';
import type { ForecastInsights } from './types';

/** History (days in range, closed days included) each forecast needs. */
export const MIN_HISTORY_30_DAYS = 56;
export const MIN_HISTORY_90_DAYS = 182;

export function forecastInsights(series: DailySeries | null): ForecastInsights {
  const none = (reason: Unavailable) => ({
    next_30_days: reason,
    next_90_days: reason,
    next_3_months: reason,
  });
  if (series === null) {
    return none(unavailable('NO_SALES', 'No hay ventas en los datos.', 'There are no sales in the data.'));
  }
  const n = series.revenue.length;
  const short = (min: number) =>
    unavailable(
      'INSUFFICIENT_HISTORY',
      `Este pronóstico necesita al menos ${min} días de historia; hay ${n}.`,
      `This forecast needs at least ${min} days of history; there are ${n}.`,
    );
  if (n < MIN_HISTORY_30_DAYS) return none(short(MIN_HISTORY_30_DAYS));
  let total = 0;
  for (const value of series.revenue) total += value;
  if (!(total > 0)) {
    return none(
      unavailable(
        'NO_REVENUE',
        'No hay ventas positivas que proyectar.',
        'There is no positive revenue to project.',
      ),
    );
  }
  const model = fitModel(series, n);
  if (model === null) {
    return none(
      unavailable('NOT_COMPUTABLE', 'No fue posible ajustar el modelo.', 'The model could not be fitted.'),
    );
  }
  const lastDay = series.firstDay + n - 1;
  const next30 = dailyForecast(
    model,
    lastDay,
    30,
    MIN_HISTORY_30_DAYS,
    backtest(series, 30, MIN_HISTORY_30_DAYS).daily,
  );
  if (n < MIN_HISTORY_90_DAYS) {
    return {
      next_30_days: next30,
      next_90_days: short(MIN_HISTORY_90_DAYS),
      next_3_months: short(MIN_HISTORY_90_DAYS),
    };
  }
  const tested = backtest(series, 90, MIN_HISTORY_90_DAYS);
  return {
    next_30_days: next30,
    next_90_days: dailyForecast(model, lastDay, 90, MIN_HISTORY_90_DAYS, tested.daily),
    next_3_months: monthlyForecast(model, nextMonths(lastDay), MIN_HISTORY_90_DAYS, tested.blocks),
  };
}

/** The three calendar months after the month of `lastDay`, as [month 'YYYY-MM', days]. */
function nextMonths(lastDay: number): { month: string; days: number[] }[] {
  const { year, month } = civilOf(lastDay);
  const months = [];
  for (let k = 1; k <= 3; k++) {
    const y = year + Math.floor((month - 1 + k) / 12);
    const m = ((month - 1 + k) % 12) + 1;
    const start = dayIndex(y, m, 1);
    const end = dayIndex(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1);
    months.push({
      month: dateOf(start).slice(0, 7),
      days: Array.from({ length: end - start }, (_, i) => start + i),
    });
  }
  return months;
}
