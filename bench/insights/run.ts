/**
 * `npm run bench:insights`: products, customers, baskets and alerts over synthetic lines
 * (1,000,000 lines, ~51,000 distinct customers by default: ids drawn from a pool of 60,000),
 * measured apart from the features.
 * Prints {lines, customers, insights_seconds, …, peak_rss_mb} as JSON on stdout.
 *
 *   npm run bench:insights -- [--lines 1000000] [--customers 60000]
 *
 * Timed as "insights": feeding the insight accumulator and `computeInsights` (everything this
 * half of the insights adds to an import). The features (accumulating and building the rows the
 * insights read) are timed apart; line generation is timed in neither. A measurement: exits 0
 * even when the 3 s target is missed. CPU seconds are printed too: on a loaded machine they
 * are the steadier figure.
 */
import {
  buildFeatureResult,
  createFeatureAccumulator,
} from '../../packages/engine/src/features/compute-features';
import type { FeatureLevel, FeatureLine } from '../../packages/engine/src/features/types';
import { computeInsights } from '../../packages/engine/src/insights/compute-insights';
import { InsightAccumulator } from '../../packages/engine/src/insights/insight-accumulator';
import { syntheticLines } from '../engine/synthetic-lines';

const TARGET_SECONDS = 3;
const BATCH = 10_000;
/** The levels the server keeps (and the insights read). */
const LEVELS: FeatureLevel[] = ['day', 'day_hour', 'month', 'product', 'product_month', 'customer'];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const lineCount = Number(option('lines') ?? 1_000_000);
// The 50,000 customers are distinct ones: a pool of 60,000 ids gives ~51,000 in 1M lines.
const customerCount = Number(option('customers') ?? 60_000);

let featureSeconds = 0;
let insightSeconds = 0;
/** CPU seconds of the insight parts: steadier than wall time on a shared machine. */
let insightCpuSeconds = 0;
const time = (work: () => void, cpu = false): number => {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  if (cpu) {
    const used = process.cpuUsage(cpuStarted);
    insightCpuSeconds += (used.user + used.system) / 1e6;
  }
  return (performance.now() - started) / 1000;
};

const features = createFeatureAccumulator({ levels: LEVELS });
const insights = new InsightAccumulator();
const batch: FeatureLine[] = [];
const flush = () => {
  featureSeconds += time(() => {
    for (const line of batch) features.add(line);
  });
  insightSeconds += time(() => {
    for (const line of batch) insights.add(line);
  }, true);
  batch.length = 0;
};
for (const line of syntheticLines({ lines: lineCount, customers: customerCount })) {
  batch.push(line);
  if (batch.length === BATCH) flush();
}
flush();
const accumulateSeconds = insightSeconds;

let result: ReturnType<typeof buildFeatureResult> | undefined;
featureSeconds += time(() => {
  result = buildFeatureResult(features, {});
});
let computed: ReturnType<typeof computeInsights> | undefined;
const computeSeconds = time(() => {
  computed = computeInsights(result as ReturnType<typeof buildFeatureResult>, insights, {
    marginAlertPct: 25,
    churnDays: 90,
  });
}, true);
insightSeconds += computeSeconds;

const customers = computed?.customers?.available ? computed.customers : null;
const report = {
  lines: lineCount,
  customers: customers?.customers ?? 0,
  products: computed?.products?.product_count ?? 0,
  tickets: computed?.baskets?.tickets ?? 0,
  insights_seconds: Number(insightSeconds.toFixed(3)),
  insights_accumulate_seconds: Number(accumulateSeconds.toFixed(3)),
  insights_compute_seconds: Number(computeSeconds.toFixed(3)),
  insights_cpu_seconds: Number(insightCpuSeconds.toFixed(3)),
  features_seconds: Number(featureSeconds.toFixed(3)),
  clv_fitted: customers?.predicted_clv !== null && customers?.predicted_clv !== undefined,
  target_seconds: TARGET_SECONDS,
  within_target: insightSeconds <= TARGET_SECONDS,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
