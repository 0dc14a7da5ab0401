import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { featureRows, featureState } from '../schema';

export type FeatureRow = typeof featureRows.$inferSelect;
export type FeatureStateRow = typeof featureState.$inferSelect;

/**
 * Rows of one level, oldest period first; `from`/`to` keep the periods that overlap those
 * local dates (a month that straddles `from` is kept), `entity` picks one product/customer/branch.
 */
export async function listFeatureRows(
  db: Database,
  companyId: string,
  query: { level: string; from?: string; to?: string; entity?: string },
): Promise<FeatureRow[]> {
  return db
    .select()
    .from(featureRows)
    .where(
      and(
        eq(featureRows.companyId, companyId),
        eq(featureRows.level, query.level),
        query.entity !== undefined ? eq(featureRows.entity, query.entity) : undefined,
        query.from ? gte(featureRows.periodEnd, query.from) : undefined,
        query.to ? lte(featureRows.periodStart, query.to) : undefined,
      ),
    )
    .orderBy(asc(featureRows.periodStart), asc(featureRows.entity));
}

export async function getFeatureState(db: Database, companyId: string): Promise<FeatureStateRow | null> {
  const [row] = await db.select().from(featureState).where(eq(featureState.companyId, companyId));
  return row ?? null;
}

/**
 * Companies whose stored rows were built by an engine version other than `version`, or marked
 * for a full rebuild (null). Across companies: only in a `featureSweep` transaction.
 */
export async function listCompaniesWithOutdatedFeatures(db: Database, version: string): Promise<string[]> {
  const rows = await db
    .select({ companyId: featureState.companyId })
    .from(featureState)
    .where(sql`${featureState.rowsVersion} is distinct from ${version}`)
    .orderBy(asc(featureState.companyId));
  return rows.map((row) => row.companyId);
}

/** Local date of the company's first line (its first day row), null without lines. */
export async function getDataFrom(db: Database, companyId: string): Promise<string | null> {
  const [row] = await db
    .select({ from: sql<string | null>`min(${featureRows.periodStart})` })
    .from(featureRows)
    .where(and(eq(featureRows.companyId, companyId), eq(featureRows.level, 'day')));
  return row?.from ?? null;
}

const IDENTIFIER = /^[a-z_]+$/;

/** A jsonb feature field as SQL text (names are fixed by the callers, checked anyway). */
function field(name: string) {
  if (!IDENTIFIER.test(name)) throw new Error(`not a feature field name: ${name}`);
  return sql.raw(`'${name}'`);
}
const column = (prefix: string, name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`not a feature field name: ${name}`);
  return sql.raw(`"${prefix}${name}"`);
};

export interface FeatureSort {
  /** A summed field, `entity`, `label`, or a ratio: `gross_margin`, `margin_pct`, `avg_ticket`. */
  by: string;
  descending: boolean;
}

export interface FeatureAggregateQuery {
  level: string;
  /** Additive jsonb fields to sum (in numeric: money stays exact). */
  sums: readonly string[];
  /** Rows whose period overlaps these local dates. */
  from?: string;
  to?: string;
  entity?: string;
  /** A text field of another level's row of the same entity (e.g. the product's description). */
  label?: { level: string; field: string };
  /** Only the entities whose row at this level has this text value (the total summed stays all). */
  where?: EntityValueFilter & { level: string };
  sort: FeatureSort;
  limit: number;
  offset: number;
}

/** A jsonb text field equal to a value; `orMissing` also takes rows without it. */
export interface EntityValueFilter {
  field: string;
  value: string;
  orMissing?: boolean;
}

function valueMatches(alias: SQL, filter: EntityValueFilter) {
  const text = sql`${alias}."values"->>${field(filter.field)}`;
  return filter.orMissing
    ? sql`(${text} = ${filter.value} or ${text} is null)`
    : sql`${text} = ${filter.value}`;
}

export interface FeatureAggregate {
  entity: string;
  label: string | null;
  /** How many stored rows (months) were summed. */
  rows: number;
  /** Σ of each field as numeric text; null when no row had a value. */
  sums: Record<string, string | null>;
  /** How many rows had a (non-null) value of each field. */
  present: Record<string, number>;
}

function aggregateSortSql(sort: FeatureSort, sums: readonly string[]) {
  const s = (name: string) => sql`g.${column('s_', name)}`;
  const n = (name: string) => sql`g.${column('n_', name)}`;
  let expression: SQL;
  if (sort.by === 'entity') expression = sql`g.entity`;
  else if (sort.by === 'label') expression = sql`coalesce(g.label, g.entity)`;
  else if (sort.by === 'gross_margin')
    expression = sql`case when ${n('cost')} > 0 then ${s('revenue_with_cost')} - ${s('cost')} end`;
  else if (sort.by === 'margin_pct')
    expression = sql`case when ${n('cost')} > 0 and ${s('revenue_with_cost')} <> 0
      then (${s('revenue_with_cost')} - ${s('cost')}) / ${s('revenue_with_cost')} end`;
  else if (sort.by === 'avg_ticket') expression = sql`${s('revenue')} / nullif(${s('transactions')}, 0)`;
  else if (sums.includes(sort.by)) expression = s(sort.by);
  else throw new Error(`cannot sort feature aggregates by ${sort.by}`);
  return sql`${expression} ${sort.descending ? sql`desc` : sql`asc`} nulls last, g.entity asc`;
}

/**
 * The rows of one level summed per entity (product, category, branch) over the periods that
 * overlap `from`/`to`, sorted and paged in SQL; `total` counts every entity, `revenueTotal` is
 * Σ revenue over all of them (for shares). Sums are numeric, so cents and grams stay exact.
 */
export async function aggregateFeatureRows(
  db: Database,
  companyId: string,
  query: FeatureAggregateQuery,
): Promise<{ rows: FeatureAggregate[]; total: number; revenueTotal: string | null }> {
  const fields = query.sums.includes('revenue') ? query.sums : [...query.sums, 'revenue'];
  const sumColumns = sql.join(
    fields.map(
      (name) =>
        sql`sum((f."values"->>${field(name)})::numeric) as ${column('s_', name)},
          count(f."values"->>${field(name)})::int as ${column('n_', name)}`,
    ),
    sql`, `,
  );
  const label = query.label
    ? sql`(select l."values"->>${field(query.label.field)} from feature_rows l
        where l.company_id = ${companyId}::uuid and l.level = ${query.label.level} and l.entity = g.entity)`
    : sql`null::text`;
  const where = query.where
    ? sql`where exists (select 1 from feature_rows w where w.company_id = ${companyId}::uuid
        and w.level = ${query.where.level} and w.entity = g.entity and ${valueMatches(sql`w`, query.where)})`
    : sql``;
  const result = await db.execute<Record<string, unknown>>(sql`
    with g as (
      select f.entity, count(*)::int as n_rows, ${sumColumns}
      from feature_rows f
      where f.company_id = ${companyId}::uuid and f.level = ${query.level}
        ${query.entity !== undefined ? sql`and f.entity = ${query.entity}` : sql``}
        ${query.from ? sql`and f.period_end >= ${query.from}::date` : sql``}
        ${query.to ? sql`and f.period_start <= ${query.to}::date` : sql``}
      group by f.entity
    ), kept as (select g.* from g ${where}),
    labelled as (select g.*, ${label} as label from kept g),
    totals as (select (select count(*)::int from kept) as total, sum(s_revenue)::text as revenue_total from g)
    select t.total, t.revenue_total, p.* from totals t left join lateral (
      select g.* from labelled g order by ${aggregateSortSql(query.sort, fields)}
      limit ${query.limit} offset ${query.offset}
    ) p on true`);
  const first = result.rows[0];
  const rows = result.rows
    .filter((r) => r.entity !== null && r.entity !== undefined)
    .map((r) => {
      const sums: Record<string, string | null> = {};
      const present: Record<string, number> = {};
      for (const name of fields) {
        const value = r[`s_${name}`];
        sums[name] = value === null || value === undefined ? null : String(value);
        present[name] = Number(r[`n_${name}`] ?? 0);
      }
      return {
        entity: r.entity as string,
        label: (r.label as string | null) ?? null,
        rows: Number(r.n_rows),
        sums,
        present,
      };
    });
  return {
    rows,
    total: Number(first?.total ?? 0),
    revenueTotal: (first?.revenue_total as string | null | undefined) ?? null,
  };
}

export interface WeekHourSums {
  weekday: number;
  hour: number;
  /** Day × hour rows summed: days with lines in that hour. */
  rows: number;
  sums: Record<string, string | null>;
}

/** `day_hour` rows of the local days `from`…`to` summed per (ISO weekday, hour). */
export async function sumFeatureRowsByWeekHour(
  db: Database,
  companyId: string,
  query: { sums: readonly string[]; from?: string; to?: string },
): Promise<WeekHourSums[]> {
  const sumColumns = sql.join(
    query.sums.map((name) => sql`sum((f."values"->>${field(name)})::numeric)::text as ${column('s_', name)}`),
    sql`, `,
  );
  const result = await db.execute<Record<string, unknown>>(sql`
    select (f."values"->>'weekday')::int as weekday, (f."values"->>'hour')::int as hour,
      count(*)::int as n_rows, ${sumColumns}
    from feature_rows f
    where f.company_id = ${companyId}::uuid and f.level = 'day_hour'
      ${query.from ? sql`and f.period_start >= ${query.from}::date` : sql``}
      ${query.to ? sql`and f.period_start <= ${query.to}::date` : sql``}
    group by 1, 2 order by 1, 2`);
  return result.rows.map((r) => {
    const sums: Record<string, string | null> = {};
    for (const name of query.sums) sums[name] = (r[`s_${name}`] as string | null) ?? null;
    return { weekday: Number(r.weekday), hour: Number(r.hour), rows: Number(r.n_rows), sums };
  });
}

export interface EntityRowsQuery {
  /** A lifetime level: `product` or `customer`. */
  level: string;
  /** A jsonb field (`text` for dates and names), `entity`, or `label` (description, else id). */
  sort: FeatureSort & { text?: boolean };
  /** Only the rows with this text value. */
  where?: EntityValueFilter;
  limit: number;
  offset: number;
}

/** Lifetime rows of one level, sorted and paged in SQL, with the count of all that match. */
export async function listEntityFeatureRows(
  db: Database,
  companyId: string,
  query: EntityRowsQuery,
): Promise<{ rows: FeatureRow[]; total: number }> {
  const { sort } = query;
  const key =
    sort.by === 'entity'
      ? sql`f.entity`
      : sort.by === 'label'
        ? sql`coalesce(f."values"->>'description', f.entity)`
        : sort.text
          ? sql`f."values"->>${field(sort.by)}`
          : sql`(f."values"->>${field(sort.by)})::numeric`;
  const where = sql`f.company_id = ${companyId}::uuid and f.level = ${query.level}
    ${query.where ? sql`and ${valueMatches(sql`f`, query.where)}` : sql``}`;
  const result = await db.execute<Record<string, unknown>>(sql`
    select t.total, p.* from (select count(*)::int as total from feature_rows f where ${where}) t
    left join lateral (
      select f.entity, f.period, f.period_start::text, f.period_end::text, f."values"
      from feature_rows f where ${where}
      order by ${key} ${sort.descending ? sql`desc` : sql`asc`} nulls last, f.entity asc
      limit ${query.limit} offset ${query.offset}
    ) p on true`);
  const rows = result.rows
    .filter((r) => r.entity !== null && r.entity !== undefined)
    .map((r) => ({
      companyId,
      level: query.level,
      entity: r.entity as string,
      period: r.period as string,
      periodStart: (r.period_start as string | null) ?? null,
      periodEnd: (r.period_end as string | null) ?? null,
      values: r.values,
    }));
  return { rows, total: Number(result.rows[0]?.total ?? 0) };
}

/** How many lifetime rows of a level hold each value of a jsonb text field (null: rows without it). */
export async function countFeatureValues(
  db: Database,
  companyId: string,
  query: { level: string; field: string },
): Promise<Array<{ value: string | null; rows: number }>> {
  const result = await db.execute<{ value: string | null; rows: number }>(sql`
    select f."values"->>${field(query.field)} as value, count(*)::int as rows
    from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${query.level}
    group by 1 order by 2 desc, 1 asc nulls last`);
  return result.rows.map((r) => ({ value: r.value ?? null, rows: Number(r.rows) }));
}

/** One row by its key (lifetime rows have period ''), or null. */
export async function getFeatureRow(
  db: Database,
  companyId: string,
  key: { level: string; entity: string; period?: string },
): Promise<FeatureRow | null> {
  const [row] = await db
    .select()
    .from(featureRows)
    .where(
      and(
        eq(featureRows.companyId, companyId),
        eq(featureRows.level, key.level),
        eq(featureRows.entity, key.entity),
        eq(featureRows.period, key.period ?? ''),
      ),
    );
  return row ?? null;
}

/** The rows of `entities` at one lifetime level (period ''), in no particular order. */
export async function getFeatureRowsOf(
  db: Database,
  companyId: string,
  level: string,
  entities: readonly string[],
): Promise<FeatureRow[]> {
  if (entities.length === 0) return [];
  return db
    .select()
    .from(featureRows)
    .where(
      and(
        eq(featureRows.companyId, companyId),
        eq(featureRows.level, level),
        eq(featureRows.period, ''),
        inArray(featureRows.entity, [...entities]),
      ),
    );
}
