import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { benchmarkPositions, benchmarkResults } from '../schema';

export type BenchmarkResultRow = typeof benchmarkResults.$inferSelect;
export type BenchmarkPositionRow = typeof benchmarkPositions.$inferSelect;
export type NewBenchmarkResult = Omit<BenchmarkResultRow, 'computedAt'>;
export type NewBenchmarkPosition = Omit<BenchmarkPositionRow, 'computedAt'>;

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
 * The company's own standing for one period; without one, its latest period with a value. A
 * month still in progress (or any partial period) has a standing with no values, and showing
 * that empty month by default would hide the last month that can be compared.
 */
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
    .orderBy(
      ...(period === undefined
        ? [desc(sql`jsonb_path_exists(${benchmarkPositions.values}, '$.m.*[0] ? (@ != null)')`)]
        : []),
      desc(benchmarkPositions.period),
    )
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
