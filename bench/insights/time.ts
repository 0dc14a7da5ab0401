/**
 * `npx tsx bench/insights/time.ts`: times `computeTimeInsights` on a synthetic feature result
 * (3 years × 2,000 products, each selling on ~40 % of days: ~880k product-day rows, more than
 * a 1M-line upload has) and prints {seconds, peak_rss_mb, ...} as JSON.
 * `--lines 1000000` instead builds the result with the real feature engine from the engine
 * bench's synthetic lines (slower to prepare; only the insights are timed).
 *
 *   npx tsx bench/insights/time.ts [--years 3] [--products 2000] [--density 0.4] [--lines N]
 */
import { computeFeatures } from '../../packages/engine/src/features/compute-features';
import { computeTimeInsights } from '../../packages/engine/src/insights/time/index';
import type { TimeInsightInput } from '../../packages/engine/src/insights/time/input';
import { syntheticLines } from '../engine/synthetic-lines';
import { syntheticTimeInput } from './synthetic-time-input';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
const lines = option('lines');
let input: TimeInsightInput;
if (lines === undefined) {
  input = syntheticTimeInput({
    years: Number(option('years') ?? 3),
    products: Number(option('products') ?? 2000),
    density: Number(option('density') ?? 0.4),
  });
} else {
  input = await computeFeatures(syntheticLines({ lines: Number(lines) }), {
    levels: ['day', 'day_hour', 'product_day', 'product'],
  });
}
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const c0 = process.cpuUsage();
const insights = computeTimeInsights(input, { ticketsPerEmployeeHour: 12 });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const report = {
  source: lines === undefined ? 'synthetic feature result' : `feature engine over ${lines} lines`,
  days: input.levels.day.length,
  day_hour_rows: input.levels.day_hour.length,
  product_day_rows: input.levels.product_day.length,
  products: input.levels.product.length,
  seconds: Math.round(seconds * 1000) / 1000,
  cpu_seconds: Math.round(((cpu.user + cpu.system) / 1e6) * 1000) / 1000,
  rss_before_mb: mb(rssBefore),
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
  anomalies: insights.anomalies.daily_revenue.available
    ? insights.anomalies.daily_revenue.anomalies.length
    : null,
  price_outliers: insights.anomalies.unit_price.available
    ? insights.anomalies.unit_price.outlier_count
    : null,
  forecast_90_mape_pct: insights.trends.forecast.next_90_days.available
    ? insights.trends.forecast.next_90_days.backtest.mape_pct
    : null,
};
console.log(JSON.stringify(report, null, 2));
