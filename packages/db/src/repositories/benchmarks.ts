import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { benchmarkPositions, benchmarkResults } from '../schema';

export type BenchmarkResultRow = typeof benchmarkResults.$inferSelect;
export type BenchmarkPositionRow = typeof benchmarkPositions.$inferSelect;
export type NewBenchmarkResult = Omit<BenchmarkResultRow, 'computedAt'>;
export type NewBenchmarkPosition = Omit<BenchmarkPositionRow, 'computedAt'>;

const CHUNK = 5000;

const WRITE_LOCK = 727_275;

/** Until the transaction ends: two runs (two workers) rewrite benchmarks one after the other. */
export async function lockBenchmarkWrites(db: Database): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
}

/** Removes every stored result and position of one grain (benchmark-job scope only). */
export async function deleteBenchmarksOfGrain(db: Database, grain: string): Promise<void> {
  await db.delete(benchmarkResults).where(eq(benchmarkResults.grain, grain));
  await db.delete(benchmarkPositions).where(eq(benchmarkPositions.grain, grain));
}

/**
 * Writes results and positions of one grain (benchmark-job scope only). The job deletes the
 * grain and writes it again in one transaction: readers see the old set or the new one.
 */
export async function insertBenchmarks(
  db: Database,
  grain: string,
  results: readonly Omit<NewBenchmarkResult, 'grain'>[],
  positions: readonly Omit<NewBenchmarkPosition, 'grain'>[],
  computedAt: Date,
): Promise<void> {
  const at = computedAt.toISOString();
  // One JSON parameter per chunk: rows unpacked by jsonb_to_recordset (no parameter limit).
  for (let i = 0; i < results.length; i += CHUNK) {
    const part = JSON.stringify(results.slice(i, i + CHUNK));
    await db.execute(sql`insert into benchmark_results
      (population, grain, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, computed_at)
      select population, ${grain}, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, ${at}::timestamptz
      from jsonb_to_recordset(${part}::jsonb) as t(population text, period text, metric text, cut text,
        n int, visible boolean, reason jsonb, p10 float8, p25 float8, p50 float8, p75 float8, p90 float8)`);
  }
  for (let i = 0; i < positions.length; i += CHUNK) {
    const part = JSON.stringify(positions.slice(i, i + CHUNK));
    await db.execute(sql`insert into benchmark_positions (company_id, grain, period, population, values, computed_at)
      select "companyId", ${grain}, period, population, "values", ${at}::timestamptz
      from jsonb_to_recordset(${part}::jsonb) as t("companyId" uuid, period text, population text, "values" jsonb)`);
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
