import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { benchmarkPositions, benchmarkResults } from '../schema';

export type BenchmarkResultRow = typeof benchmarkResults.$inferSelect;
export type BenchmarkPositionRow = typeof benchmarkPositions.$inferSelect;
export type NewBenchmarkResult = Omit<BenchmarkResultRow, 'computedAt'>;
export type NewBenchmarkPosition = Omit<BenchmarkPositionRow, 'computedAt'>;

const CHUNK = 5000;

/**
 * Replaces every stored result and position of one grain (benchmark-job scope only), in the
 * caller's transaction: readers see the old set or the new one, never a mix.
 */
export async function replaceBenchmarksOfGrain(
  db: Database,
  grain: string,
  results: readonly NewBenchmarkResult[],
  positions: readonly NewBenchmarkPosition[],
  computedAt: Date,
): Promise<void> {
  await db.delete(benchmarkResults).where(eq(benchmarkResults.grain, grain));
  await db.delete(benchmarkPositions).where(eq(benchmarkPositions.grain, grain));
  const at = computedAt.toISOString();
  for (let i = 0; i < results.length; i += CHUNK) {
    const part = results.slice(i, i + CHUNK);
    const col = <K extends keyof NewBenchmarkResult>(k: K) => part.map((r) => r[k]);
    await db.execute(sql`insert into benchmark_results
      (population, grain, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, computed_at)
      select population, ${grain}, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, ${at}::timestamptz
      from unnest(${col('population')}::text[], ${col('period')}::text[], ${col('metric')}::text[],
        ${col('cut')}::text[], ${col('n')}::int[], ${col('visible')}::boolean[],
        ${part.map((r) => (r.reason === null ? null : JSON.stringify(r.reason)))}::jsonb[],
        ${col('p10')}::float8[], ${col('p25')}::float8[], ${col('p50')}::float8[], ${col('p75')}::float8[],
        ${col('p90')}::float8[])
        as t(population, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90)`);
  }
  for (let i = 0; i < positions.length; i += CHUNK) {
    const part = positions.slice(i, i + CHUNK);
    await db.execute(sql`insert into benchmark_positions (company_id, grain, period, population, values, computed_at)
      select company_id, ${grain}, period, population, values, ${at}::timestamptz
      from unnest(${part.map((p) => p.companyId)}::uuid[], ${part.map((p) => p.period)}::text[],
        ${part.map((p) => p.population)}::text[], ${part.map((p) => JSON.stringify(p.values))}::jsonb[])
        as t(company_id, period, population, values)`);
  }
}

/** The company's own standing for one period, or its latest period of the grain. */
export async function getBenchmarkPosition(
  db: Database,
  companyId: string,
  grain: string,
  period?: string,
): Promise<BenchmarkPositionRow | null> {
  const [row] = await db
    .select()
    .from(benchmarkPositions)
    .where(
      and(
        eq(benchmarkPositions.companyId, companyId),
        eq(benchmarkPositions.grain, grain),
        period === undefined ? undefined : eq(benchmarkPositions.period, period),
      ),
    )
    .orderBy(desc(benchmarkPositions.period))
    .limit(1);
  return row ?? null;
}

/** Every period of the company's standing at one grain, oldest first (rank history). */
export async function listBenchmarkPositions(
  db: Database,
  companyId: string,
  grain: string,
): Promise<BenchmarkPositionRow[]> {
  return db
    .select()
    .from(benchmarkPositions)
    .where(and(eq(benchmarkPositions.companyId, companyId), eq(benchmarkPositions.grain, grain)))
    .orderBy(asc(benchmarkPositions.period));
}

/** Stored aggregates of some cuts (all metrics) over some periods of one population and grain. */
export async function listBenchmarkResults(
  db: Database,
  query: {
    population: string;
    grain: string;
    periods: readonly string[];
    cuts?: readonly string[];
    metric?: string;
  },
): Promise<BenchmarkResultRow[]> {
  if (query.periods.length === 0) return [];
  return db
    .select()
    .from(benchmarkResults)
    .where(
      and(
        eq(benchmarkResults.population, query.population),
        eq(benchmarkResults.grain, query.grain),
        inArray(benchmarkResults.period, [...query.periods]),
        query.cuts ? inArray(benchmarkResults.cut, [...query.cuts]) : undefined,
        query.metric ? eq(benchmarkResults.metric, query.metric) : undefined,
      ),
    )
    .orderBy(asc(benchmarkResults.period), asc(benchmarkResults.cut));
}

/** The latest period with results for a population and grain, or null. */
export async function latestBenchmarkPeriod(
  db: Database,
  population: string,
  grain: string,
): Promise<string | null> {
  const [row] = await db
    .select({ period: benchmarkResults.period })
    .from(benchmarkResults)
    .where(and(eq(benchmarkResults.population, population), eq(benchmarkResults.grain, grain)))
    .orderBy(desc(benchmarkResults.period))
    .limit(1);
  return row?.period ?? null;
}
