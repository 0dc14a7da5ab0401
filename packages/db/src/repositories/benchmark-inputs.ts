import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** One participating company's company-wide period row, with the fields benchmarks read. */
export interface BenchmarkInputRow {
  companyId: string;
  industry: string;
  size: string;
  region: string;
  isDemo: boolean;
  period: string;
  /** Feature values by catalog name (numbers as stored, `partial` as boolean). */
  values: Record<string, unknown>;
  /** Branches (named locations) with a transaction in the period. */
  locations: number;
}

const FIELDS = [
  'revenue',
  'revenue_yoy_pct',
  'avg_ticket',
  'units_per_transaction',
  'margin_pct',
  'customers',
  'returning_customers',
  'weekend_share_pct',
  'returned_amount',
  'gross_sales',
] as const;

/**
 * THE cross-company read of AYNI (SECURITY: reviewed). Every participating, live company's
 * company-wide rows of one grain, for the benchmarks job only: it must run inside
 * `withTenant(db, { benchmarkJob: true }, …)`, whose policies (0016_benchmarks_rls) show
 * company profiles and period features and nothing else. No route may call it; its rows never
 * leave the job, which stores aggregates and each company's own rank.
 */
export async function readBenchmarkInputsAcrossCompanies(
  db: Database,
  grain: 'month' | 'quarter' | 'year',
): Promise<BenchmarkInputRow[]> {
  const fields = sql.raw(FIELDS.map((f) => `f."values"->>'${f}' as "${f}"`).join(', '));
  const result = await db.execute<Record<string, string | boolean | number | null>>(sql`
    with branches as (
      select company_id, period, count(*)::int as n from feature_rows
      where level = ${`location_${grain}`} and entity <> ''
        and coalesce((("values"->>'transactions')::numeric), 0) > 0
      group by company_id, period
    )
    select f.company_id, c.industry, c.size, c.region, c.is_demo, f.period,
      (f."values"->>'partial')::boolean as partial, coalesce(b.n, 0) as locations, ${fields}
    from feature_rows f
    join companies c on c.id = f.company_id
    left join branches b on b.company_id = f.company_id and b.period = f.period
    where f.level = ${grain} and f.entity = '' and c.benchmark_opt_in and c.deleted_at is null`);
  return result.rows.map((r) => {
    const values: Record<string, unknown> = { partial: r.partial === true };
    for (const f of FIELDS) values[f] = r[f] === null ? null : Number(r[f]);
    return {
      companyId: r.company_id as string,
      industry: r.industry as string,
      size: r.size as string,
      region: r.region as string,
      isDemo: r.is_demo === true,
      period: r.period as string,
      values,
      locations: Number(r.locations),
    };
  });
}
