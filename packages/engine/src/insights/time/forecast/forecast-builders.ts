import { dateOf } from '../calendar/days';
import { type Bilingual, decimalEs, formatPesos, round } from '../text';
import { daySpread, interval, periodSpread, type Spread, Z80, Z95 } from './intervals';
import type { FittedModel } from './model';
import type {
  DailyForecast,
  ForecastBacktest,
  ForecastModel,
  ForecastPoint,
  MonthlyForecast,
  PeriodForecast,
} from './types';

const rounded = (range: { low: number; high: number }) => ({
  low: round(range.low, 0),
  high: round(range.high, 0),
});

function withIntervals(spread: Spread) {
  return {
    mean: round(spread.mean, 0),
    p80: rounded(interval(spread, Z80)),
    p95: rounded(interval(spread, Z95)),
  };
}

function periodForecast(model: FittedModel, days: number[]): PeriodForecast {
  return {
    from: dateOf(days[0] as number),
    to: dateOf(days[days.length - 1] as number),
    ...withIntervals(periodSpread(model, days)),
  };
}

export function modelSummary(model: FittedModel): ForecastModel {
  return {
    fitted_days: model.fittedDays,
    weekly_seasonality: true,
    yearly_seasonality: model.spec.yearly,
    calendar_effects: [...model.spec.effects],
    residual_sd: round(model.sigma, 0),
  };
}

export function dailyForecast(
  model: FittedModel,
  lastDay: number,
  horizon: number,
  minHistoryDays: number,
  backtest: ForecastBacktest,
): DailyForecast {
  const days = Array.from({ length: horizon }, (_, i) => lastDay + 1 + i);
  const points: ForecastPoint[] = days.map((day) => ({
    date: dateOf(day),
    ...withIntervals(daySpread(model, day)),
  }));
  const total = periodForecast(model, days);
  return {
    available: true,
    horizon_days: horizon,
    min_history_days: minHistoryDays,
    points,
    total,
    backtest,
    model: modelSummary(model),
    message: forecastMessage(`${horizon}`, total, backtest),
  };
}

export function monthlyForecast(
  model: FittedModel,
  months: { month: string; days: number[] }[],
  minHistoryDays: number,
  backtest: ForecastBacktest,
): MonthlyForecast {
  const forecasts = months.map(({ month, days }) => ({ month, ...periodForecast(model, days) }));
  const first = forecasts[0];
  const last = forecasts[forecasts.length - 1];
  return {
    available: true,
    min_history_days: minHistoryDays,
    months: forecasts,
    backtest,
    model: modelSummary(model),
    message: {
      es: `Pronóstico por mes de ${first?.month} a ${last?.month}, con intervalos de 80 % y 95 %.${errorText(backtest).es}`,
      en: `Monthly forecast from ${first?.month} to ${last?.month}, with 80 % and 95 % intervals.${errorText(backtest).en}`,
    },
  };
}

function errorText(backtest: ForecastBacktest): Bilingual {
  if (backtest.mape_pct === null) {
    return {
      es: ' Aún no hay historia suficiente para medir su error en datos pasados.',
      en: ' There is not yet enough history to measure its error on past data.',
    };
  }
  return {
    es: ` En pruebas sobre datos pasados se desvió en promedio ${decimalEs(backtest.mape_pct)} %.`,
    en: ` Tested on past data, it was off by ${backtest.mape_pct} % on average.`,
  };
}

function forecastMessage(horizon: string, total: PeriodForecast, backtest: ForecastBacktest): Bilingual {
  const errors = errorText(backtest);
  return {
    es: `Ventas estimadas para los próximos ${horizon} días: ${formatPesos(total.mean)} (80 %: ${formatPesos(total.p80.low)}–${formatPesos(total.p80.high)}; 95 %: ${formatPesos(total.p95.low)}–${formatPesos(total.p95.high)}). Es una estimación estadística, no una garantía.${errors.es}`,
    en: `Estimated revenue for the next ${horizon} days: ${formatPesos(total.mean, 'en')} (80 %: ${formatPesos(total.p80.low, 'en')}–${formatPesos(total.p80.high, 'en')}; 95 %: ${formatPesos(total.p95.low, 'en')}–${formatPesos(total.p95.high, 'en')}). A statistical estimate, not a guarantee.${errors.en}`,
  };
}
