import { BENCHMARK_GRAINS } from '@ayni/contracts';
import {
  type Database,
  readBenchmarkInputsAcrossCompanies,
  replaceBenchmarksOfGrain,
  withTenant,
} from '@ayni/db';
import { buildBenchmarks } from './build-benchmarks';

/** One fixed id: while a run is pending, more `analytics.updated` events add nothing (debounce). */
export const BENCHMARKS_JOB_ID = 'benchmarks.compute';
/** Events of one import arrive together: wait this long so one run covers them all. */
export const BENCHMARKS_DEBOUNCE_MS = 60_000;
export const BENCHMARKS_EVERY_MS = 24 * 3600 * 1000;

/**
 * Job body: recomputes every grain (month, quarter, year) and period from the stored features.
 * Each grain is read and rewritten in one transaction in the benchmark-job scope, the only one
 * whose row-level security shows every company's period rows.
 */
export async function computeAllBenchmarks(
  db: Database,
  options: { minCompanies: number; now: Date },
): Promise<{ grain: string; companies: number; rows: number; results: number }[]> {
  const summary = [];
  for (const grain of BENCHMARK_GRAINS) {
    const counts = await withTenant(db, { benchmarkJob: true }, async (tx) => {
      const inputs = await readBenchmarkInputsAcrossCompanies(tx, grain);
      const { results, positions } = buildBenchmarks(inputs, options.minCompanies);
      await replaceBenchmarksOfGrain(tx, grain, results, positions, options.now);
      return {
        companies: new Set(inputs.map((r) => r.companyId)).size,
        rows: inputs.length,
        results: results.length,
      };
    });
    summary.push({ grain, ...counts });
  }
  return summary;
}
