import type { Bilingual, Unavailable } from '../text';

export interface ForecastInterval {
  low: number;
  high: number;
}

export interface ForecastPoint {
  date: string;
  mean: number;
  p80: ForecastInterval;
  p95: ForecastInterval;
}

export interface PeriodForecast {
  /** First and last day summed. */
  from: string;
  to: string;
  mean: number;
  p80: ForecastInterval;
  p95: ForecastInterval;
}

export interface ForecastModel {
  /** Days of history the model was fitted on. */
  fitted_days: number;
  weekly_seasonality: true;
  yearly_seasonality: boolean;
  /** Calendar effects the model estimated (only those seen at least twice in the history). */
  calendar_effects: string[];
  /** Standard deviation of the daily residuals, pesos. */
  residual_sd: number;
}

export interface ForecastBacktest {
  /** Mean absolute percentage error over days with revenue (%); null when none could be tested. */
  mape_pct: number | null;
  /** Forecast origins tested (rolling origin). */
  origins: number;
  /** What the error is measured on. */
  basis: 'DAILY' | 'MONTH_TOTALS';
}

export interface DailyForecast {
  available: true;
  horizon_days: number;
  /** Minimum history this horizon needs, in days. */
  min_history_days: number;
  points: ForecastPoint[];
  total: PeriodForecast;
  backtest: ForecastBacktest;
  model: ForecastModel;
  message: Bilingual;
}

export interface MonthlyForecast {
  available: true;
  min_history_days: number;
  /** The three calendar months after the month of data_through. */
  months: (PeriodForecast & { month: string })[];
  backtest: ForecastBacktest;
  model: ForecastModel;
  message: Bilingual;
}

export interface ForecastInsights {
  next_30_days: DailyForecast | Unavailable;
  next_90_days: DailyForecast | Unavailable;
  next_3_months: MonthlyForecast | Unavailable;
}
