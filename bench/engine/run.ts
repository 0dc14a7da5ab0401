/**
 * `npm run bench:engine`: runs the feature engine over synthetic lines streamed from a
 * generator and prints {lines, seconds, lines_per_second, peak_rss_mb} as JSON on stdout, a
 * short table on stderr. Generation alone is timed first and subtracted for the engine-only
 * figure; CPU seconds are reported too, steadier than wall time on a shared machine. A
 * measurement: exits 0 even when the 1M lines/s target is missed.
 *
 *   npm run bench:engine -- [--lines 1000000] [--levels day,week,month]
 */
import { computeFeatures } from '../../packages/engine/src/features/compute-features';
import { FEATURE_LEVELS, type FeatureLevel } from '../../packages/engine/src/features/types';
import { syntheticLines } from './synthetic-lines';

const TARGET_LINES_PER_SECOND = 1_000_000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const lines = Number(option('lines') ?? 1_000_000);
const levels = (option('levels')?.split(',') ?? FEATURE_LEVELS) as FeatureLevel[];
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

// Generation alone, to tell the engine's time from the generator's.
let t0 = performance.now();
let c0 = process.cpuUsage();
let generated = 0;
for (const _ of syntheticLines({ lines })) generated++;
const generationSeconds = (performance.now() - t0) / 1000;
const generationCpu = cpuSeconds(c0);

t0 = performance.now();
c0 = process.cpuUsage();
const result = await computeFeatures(syntheticLines({ lines }), { levels });
const seconds = (performance.now() - t0) / 1000;
const cpu = cpuSeconds(c0);
if (generated !== result.lines)
  throw new Error(`generated ${generated} lines but the engine saw ${result.lines}`);

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const engineSeconds = Math.max(seconds - generationSeconds, 1e-9);
const engineCpu = Math.max(cpu - generationCpu, 1e-9);
const report = {
  lines: result.lines,
  seconds: round(seconds, 3),
  lines_per_second: Math.round(result.lines / seconds),
  peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
  cpu_seconds: round(cpu, 3),
  generation_seconds: round(generationSeconds, 3),
  generation_cpu_seconds: round(generationCpu, 3),
  engine_lines_per_second: Math.round(result.lines / engineSeconds),
  engine_lines_per_cpu_second: Math.round(result.lines / engineCpu),
  target_lines_per_second: TARGET_LINES_PER_SECOND,
  data_from: result.data_from,
  data_through: result.data_through,
  levels,
  rows: Object.fromEntries(Object.entries(result.levels).map(([level, list]) => [level, list.length])),
  machine: { node: process.version },
};

const say = (text: string) => process.stderr.write(`${text}\n`);
const n = (value: number) => value.toLocaleString('en-US');
say(`lines                ${n(report.lines)}`);
say(`wall s (generation)  ${report.seconds} (${report.generation_seconds})`);
say(`cpu s (generation)   ${report.cpu_seconds} (${report.generation_cpu_seconds})`);
say(`lines/s              ${n(report.lines_per_second)} with generation`);
say(
  `engine lines/s       ${n(report.engine_lines_per_second)} wall, ${n(report.engine_lines_per_cpu_second)} cpu`,
);
say(`target               ${n(TARGET_LINES_PER_SECOND)} lines/s`);
say(`peak RSS             ${report.peak_rss_mb} MB`);
for (const [level, count] of Object.entries(report.rows)) say(`  ${level.padEnd(16)} ${n(count)} rows`);
process.stdout.write(`${JSON.stringify(report)}\n`);
