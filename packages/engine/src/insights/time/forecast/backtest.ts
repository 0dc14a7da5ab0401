import type { DailySeries } from '../series';
import { round } from '../text';
import { daySpread } from './intervals';
import { fitModel } from './model';
import type { ForecastBacktest } from './types';

/** Rolling origins tested: the last `horizon` days, the `horizon` before them, and one more. */
const MAX_ORIGINS = 3;
/** Month-sized blocks for the monthly error. */
const BLOCK_DAYS = 30;

/**
 * Rolling-origin backtest: refit on the history before each origin (which must hold at least
 * `minTrainDays`), forecast the next `horizon` days and compare. MAPE over days with revenue
 * (a closed day has no percentage error); the block version compares 30-day totals.
 */
export function backtest(
  series: DailySeries,
  horizon: number,
  minTrainDays: number,
): { daily: ForecastBacktest; blocks: ForecastBacktest } {
  const n = series.revenue.length;
  const daily = { sum: 0, count: 0 };
  const blocks = { sum: 0, count: 0 };
  let origins = 0;
  for (let k = 1; k <= MAX_ORIGINS; k++) {
    const origin = n - k * horizon;
    if (origin < minTrainDays) break;
    const model = fitModel(series, origin);
    if (model === null) continue;
    origins++;
    let actualBlock = 0;
    let forecastBlock = 0;
    for (let step = 0; step < horizon; step++) {
      const i = origin + step;
      const actual = series.revenue[i] as number;
      const forecast = daySpread(model, series.firstDay + i).mean;
      if (actual > 0) {
        daily.sum += Math.abs(actual - forecast) / actual;
        daily.count++;
      }
      actualBlock += actual;
      forecastBlock += forecast;
      if ((step + 1) % BLOCK_DAYS === 0 || step === horizon - 1) {
        if (actualBlock > 0) {
          blocks.sum += Math.abs(actualBlock - forecastBlock) / actualBlock;
          blocks.count++;
        }
        actualBlock = 0;
        forecastBlock = 0;
      }
    }
  }
  const mape = (acc: { sum: number; count: number }) =>
    acc.count === 0 ? null : round((acc.sum / acc.count) * 100, 1);
  return {
    daily: { mape_pct: mape(daily), origins, basis: 'DAILY' },
    blocks: { mape_pct: mape(blocks), origins, basis: 'MONTH_TOTALS' },
  };
}
