import { BENCHMARK_GRAINS } from '@ayni/contracts';
import {
  type Database,
  deleteBenchmarksOfGrain,
  insertBenchmarks,
  lockBenchmarkWrites,
  readBenchmarkInputsAcrossCompanies,
  withTenant,
} from '@ayni/db';
import { buildPeriodBenchmarks, groupInputs, type Population } from './build-benchmarks';

/** The nightly run's id; runs after `analytics.updated` add the minute (benchmarks.schedule.ts). */
export const BENCHMARKS_JOB_ID = 'benchmarks.compute';
/** `analytics.updated` events of the same minute share one run, at the end of that minute. */
export const BENCHMARKS_DEBOUNCE_MS = 60_000;
export const BENCHMARKS_EVERY_MS = 24 * 3600 * 1000;

/**
 * Job body: recomputes every grain (month, quarter, year) and period from the stored features.
 * Each grain is read and rewritten in one transaction in the benchmark-job scope, the only one
 * whose row-level security shows every company's period rows; periods are computed and written
 * one at a time, so memory holds one period's results.
 */
export async function computeAllBenchmarks(
  db: Database,
  options: { minCompanies: number; now: Date },
): Promise<{ grain: string; companies: number; rows: number; results: number }[]> {
  const summary = [];
  for (const grain of BENCHMARK_GRAINS) {
    const counts = await withTenant(db, { benchmarkJob: true }, async (tx) => {
      await lockBenchmarkWrites(tx);
      const inputs = await readBenchmarkInputsAcrossCompanies(tx, grain);
      await deleteBenchmarksOfGrain(tx, grain);
      let results = 0;
      for (const [key, rows] of groupInputs(inputs)) {
        const [population, period] = key.split('\u0000') as [Population, string];
        const built = buildPeriodBenchmarks(population, period, rows, options.minCompanies);
        await insertBenchmarks(tx, grain, built.results, built.positions, options.now);
        results += built.results.length;
      }
      return { companies: new Set(inputs.map((r) => r.companyId)).size, rows: inputs.length, results };
    });
    summary.push({ grain, ...counts });
  }
  return summary;
}
