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
  // The planner cannot estimate rows behind the policies (it expects a few hundred): JIT
  // compilation would only cost, and the branch count's sort needs memory, not disk.
  await db.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
  // Profiles once per company, not once per row.
  const profiles = await db.execute<{
    id: string;
    industry: string;
    size: string;
    region: string;
    is_demo: boolean;
  }>(
    sql`select id, industry, size, region, is_demo from companies where benchmark_opt_in and deleted_at is null`,
  );
  const profileOf = new Map(profiles.rows.map((c) => [c.id, c]));
  const fields = sql.raw(FIELDS.map((f) => `f."values"->>'${f}' as "${f}"`).join(', '));
  const result = await db.execute<Record<string, string | boolean | number | null>>(sql`
    with branches as (
      select company_id, period, count(*)::int as n from feature_rows
      where level = ${`location_${grain}`} and entity <> ''
        and coalesce((("values"->>'transactions')::numeric), 0) > 0
      group by company_id, period
    )
    select f.company_id, f.period, (f."values"->>'partial')::boolean as partial,
      coalesce(b.n, 0) as locations, ${fields}
    from feature_rows f
    join companies c on c.id = f.company_id
    left join branches b on b.company_id = f.company_id and b.period = f.period
    where f.level = ${grain} and f.entity = '' and c.benchmark_opt_in and c.deleted_at is null`);
  const rows: BenchmarkInputRow[] = [];
  for (const r of result.rows) {
    // The same companies' filter as the join: a company changed in between is not read.
    const company = profileOf.get(r.company_id as string);
    if (!company) continue;
    const values: Record<string, unknown> = { partial: r.partial === true };
    for (const f of FIELDS) values[f] = r[f] === null ? null : Number(r[f]);
    rows.push({
      companyId: company.id,
      industry: company.industry,
      size: company.size,
      region: company.region,
      isDemo: company.is_demo === true,
      period: r.period as string,
      values,
      locations: Number(r.locations),
    });
  }
  return rows;
}
