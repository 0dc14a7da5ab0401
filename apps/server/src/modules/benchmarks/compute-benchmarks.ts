import { BENCHMARK_GRAINS } from '@ayni/contracts';
import {
  type Database,
  deleteBenchmarksOfGrain,
  lockBenchmarkWrites,
  readBenchmarkInputsAcrossCompanies,
  withTenant,
} from '@ayni/db';
import { groupInputs, type Population, periodBenchmarkSteps } from './build-benchmarks';
import { BenchmarkStage } from './write-benchmarks';

/** The nightly run's id; runs after `analytics.updated` add the minute (benchmarks.schedule.ts). */
export const BENCHMARKS_JOB_ID = 'benchmarks.compute';
/** `analytics.updated` events of the same minute share one run, at the end of that minute. */
export const BENCHMARKS_DEBOUNCE_MS = 60_000;
export const BENCHMARKS_EVERY_MS = 24 * 3600 * 1000;

/**
 * Job body: recomputes every grain (month, quarter, year) and period from the stored features.
 * Each grain is read and rewritten in one transaction in the benchmark-job scope, the only one
 * whose row-level security shows every company's period rows; periods are computed and written
 * one at a time (memory holds one period's results), each written while the next is computed.
 */
export interface GrainSummary {
  grain: string;
  companies: number;
  rows: number;
  results: number;
  /**
   * Milliseconds reading, computing and writing (for the log and the benchmark). Computing a
   * period overlaps the previous period's COPY: write counts only the time spent waiting for it.
   */
  read_ms: number;
  build_ms: number;
  write_ms: number;
}

export async function computeAllBenchmarks(
  db: Database,
  options: { minCompanies: number; now: Date },
): Promise<GrainSummary[]> {
  const summary: GrainSummary[] = [];
  for (const grain of BENCHMARK_GRAINS) {
    const counts = await withTenant(db, { benchmarkJob: true }, async (tx) => {
      await lockBenchmarkWrites(tx);
      let mark = performance.now();
      const lap = () => {
        const now = performance.now();
        const ms = now - mark;
        mark = now;
        return ms;
      };
      const inputs = await readBenchmarkInputsAcrossCompanies(tx, grain);
      const read = lap();
      await deleteBenchmarksOfGrain(tx, grain);
      const stage = await BenchmarkStage.open(tx, grain, options.now);
      let results = 0;
      let build = 0;
      let write = lap();
      // Period k is copied and inserted while period k + 1 is computed (the build pauses for
      // I/O between metrics); the connection takes period k + 1 once period k is written.
      let copying: Promise<void> = Promise.resolve();
      try {
        for (const [key, rows] of groupInputs(inputs)) {
          const [population, period] = key.split('\u0000') as [Population, string];
          const steps = periodBenchmarkSteps(population, period, rows, options.minCompanies);
          let step = steps.next();
          while (!step.done) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            step = steps.next();
          }
          build += lap();
          await copying;
          write += lap();
          copying = stage.add(step.value);
          copying.catch(() => {}); // awaited above or below; not an unhandled rejection meanwhile
          results += step.value.results.length;
        }
      } catch (error) {
        await copying.catch(() => {}); // the rollback must not run under a COPY still flowing
        throw error;
      }
      await copying;
      write += lap();
      const companies = new Set(inputs.map((r) => r.companyId)).size;
      return {
        companies,
        rows: inputs.length,
        results,
        read_ms: Math.round(read),
        build_ms: Math.round(build),
        write_ms: Math.round(write),
      };
    });
    summary.push({ grain, ...counts });
  }
  return summary;
}
