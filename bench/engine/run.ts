/**
 * `npm run bench:engine`: the feature engine alone over synthetic lines, every level by default.
 * Prints {lines, engine_lines_per_second, engine_lines_per_cpu_second, peak_rss_mb, …} as JSON
 * on stdout and a short table on stderr. A measurement: exits 0 even when the target is missed.
 *
 *   npm run bench:engine -- [--lines 1000000] [--levels day,week,month] [--arrays]
 *     [--product-days-up-to N]   (fold product × day cells into months past N lines, as the server does)
 *     [--tickets-anywhere]       (no contiguousTickets: a book of every ticket, as for lines in any order)
 *
 * What is timed, and only that: adding the lines to the accumulator, building the rows and
 * iterating every row of every level (as the files job writes them). The lines are generated
 * in batches before each batch is timed, with string objects of their own as the database
 * reader gives them (see synthetic-lines.ts), so generation is never in the figure and needs
 * no subtracting. The synthetic tickets' lines come one after another, as in POS exports: by
 * default the accumulator is told so (`contiguousTickets`, checked) and folds closed tickets.
 * The big levels are streamed (`buildFeatureStreams`) as the server reads them; `--arrays`
 * builds them all as arrays instead (`buildFeatureResult`, what `computeFeatures` returns).
 * CPU seconds count every thread of the process (the garbage collector's helpers too);
 * steadier than wall time on a shared machine.
 */
import {
  buildFeatureResult,
  buildFeatureStreams,
  createFeatureAccumulator,
} from '../../packages/engine/src/features/compute-features';
import {
  FEATURE_LEVELS,
  type FeatureLevel,
  type FeatureLine,
} from '../../packages/engine/src/features/types';
import { benchEnv } from '../env';
import { syntheticLines } from './synthetic-lines';

const TARGET_LINES_PER_SECOND = 1_000_000;
const BATCH = 1000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const lines = Number(option('lines') ?? 1_000_000);
const levels = (option('levels')?.split(',') ?? FEATURE_LEVELS) as FeatureLevel[];
const arrays = process.argv.includes('--arrays');
const productDaysUpTo =
  option('product-days-up-to') === undefined ? undefined : Number(option('product-days-up-to'));
const contiguousTickets = !process.argv.includes('--tickets-anywhere');
const baselineRssMb = process.memoryUsage().rss / 2 ** 20;

/** Wall and CPU time of the timed parts, added up. */
class Clock {
  wall = 0;
  cpu = 0;
  time<T>(work: () => T): T {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(cpu);
    this.wall += (performance.now() - wall) / 1000;
    this.cpu += (used.user + used.system) / 1e6;
    return result;
  }
}

const started = performance.now();
const accumulate = new Clock();
const rowsClock = new Clock();
const accumulator = createFeatureAccumulator({ levels, productDaysUpTo, contiguousTickets });
const batch: FeatureLine[] = [];
const addBatch = () =>
  accumulate.time(() => {
    for (const line of batch) accumulator.add(line);
  });
for (const line of syntheticLines({ lines })) {
  batch.push(line);
  if (batch.length === BATCH) {
    addBatch();
    batch.length = 0;
  }
}
addBatch();
batch.length = 0;
const accumulatedMb = {
  rss: process.memoryUsage().rss / 2 ** 20,
  heap: process.memoryUsage().heapUsed / 2 ** 20,
};
if (benchEnv.BENCH_TRACE) process.stderr.write(`accumulated at ${Math.round(performance.now())} ms\n`);

// Folded product × day cells build no product × day rows.
const folded = accumulator.products.folded !== null;
const built = folded ? levels.filter((level) => level !== 'product_day') : levels;
const rows = rowsClock.time(() => {
  const result = arrays
    ? buildFeatureResult(accumulator, { levels: built })
    : buildFeatureStreams(accumulator, { levels: built });
  const counts: Record<string, number> = {};
  for (const [level, list] of Object.entries(result.levels)) {
    let count = 0;
    for (const _ of list as Iterable<unknown>) count++;
    counts[level] = count;
  }
  return { result, counts };
});
const endToEnd = (performance.now() - started) / 1000;
if (rows.result.lines !== lines)
  throw new Error(`generated ${lines} lines but the engine saw ${rows.result.lines}`);

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
const engineSeconds = accumulate.wall + rowsClock.wall;
const engineCpu = accumulate.cpu + rowsClock.cpu;
const report = {
  lines,
  mode: arrays ? 'arrays' : 'streams',
  engine_seconds: round(engineSeconds),
  accumulate_seconds: round(accumulate.wall),
  rows_seconds: round(rowsClock.wall),
  engine_cpu_seconds: round(engineCpu),
  accumulate_cpu_seconds: round(accumulate.cpu),
  rows_cpu_seconds: round(rowsClock.cpu),
  engine_lines_per_second: Math.round(lines / engineSeconds),
  engine_lines_per_cpu_second: Math.round(lines / engineCpu),
  end_to_end_seconds: round(endToEnd),
  peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
  accumulated_rss_mb: round(accumulatedMb.rss, 1),
  accumulated_heap_mb: round(accumulatedMb.heap, 1),
  baseline_rss_mb: round(baselineRssMb, 1),
  target_lines_per_second: TARGET_LINES_PER_SECOND,
  data_from: rows.result.data_from,
  data_through: rows.result.data_through,
  levels: built,
  product_days_folded: folded,
  contiguous_tickets: contiguousTickets,
  rows: rows.counts,
  machine: { node: process.version },
};

const say = (text: string) => process.stderr.write(`${text}\n`);
const n = (value: number) => value.toLocaleString('en-US');
say(
  `lines                ${n(report.lines)} (${report.mode}, tickets ${contiguousTickets ? 'contiguous' : 'anywhere'})`,
);
say(
  `engine wall s        ${report.engine_seconds} (accumulate ${report.accumulate_seconds}, rows ${report.rows_seconds})`,
);
say(
  `engine cpu s         ${report.engine_cpu_seconds} (accumulate ${report.accumulate_cpu_seconds}, rows ${report.rows_cpu_seconds})`,
);
say(
  `engine lines/s       ${n(report.engine_lines_per_second)} wall, ${n(report.engine_lines_per_cpu_second)} cpu`,
);
say(`target               ${n(TARGET_LINES_PER_SECOND)} lines/s`);
say(`end to end s         ${report.end_to_end_seconds} (with generation)`);
say(`peak RSS             ${report.peak_rss_mb} MB (${report.baseline_rss_mb} MB at start)`);
for (const [level, count] of Object.entries(report.rows)) say(`  ${level.padEnd(16)} ${n(count)} rows`);
process.stdout.write(`${JSON.stringify(report)}\n`);
