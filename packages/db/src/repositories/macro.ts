import { sql } from 'drizzle-orm';
import type { Database } from '../client';

export interface MacroObservation {
  series: string;
  date: string;
  value: number;
  source: string;
}

export interface StoredMacroObservation extends MacroObservation {
  fetchedAt: string;
}

/**
 * Writes observations once per (series, date): a live source replaces what is stored (a revised
 * value, or the snapshot's), the snapshot never replaces anything (`keepExisting`).
 * Returns how many rows were inserted or changed.
 */
export async function upsertMacroObservations(
  db: Database,
  rows: readonly MacroObservation[],
  options: { keepExisting?: boolean } = {},
): Promise<number> {
  let changed = 0;
  // Chunks keep each statement's JSON parameter small.
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = JSON.stringify(rows.slice(i, i + 2000));
    const conflict = options.keepExisting
      ? sql`do nothing`
      : sql`do update set value = excluded.value, source = excluded.source, fetched_at = now()
          where macro_observations.value <> excluded.value or macro_observations.source <> excluded.source`;
    const result = await db.execute(sql`
      insert into macro_observations (series, date, value, source)
      select series, date, value, source
      from jsonb_to_recordset(${chunk}::jsonb) as r(series text, date date, value numeric, source text)
      on conflict (series, date) ${conflict}`);
    changed += result.rowCount ?? 0;
  }
  return changed;
}

/** One series' observations in a date range, oldest first. */
export async function listMacroObservations(
  db: Database,
  series: string,
  range: { from?: string; to?: string } = {},
): Promise<StoredMacroObservation[]> {
  const result = await db.execute<{ date: string; value: string; source: string; fetched_at: string }>(sql`
    select date::text as date, value::text as value, source, fetched_at::text as fetched_at
    from macro_observations
    where series = ${series}
      ${range.from ? sql`and date >= ${range.from}::date` : sql``}
      ${range.to ? sql`and date <= ${range.to}::date` : sql``}
    order by date`);
  return result.rows.map((r) => ({
    series,
    date: r.date,
    value: Number(r.value),
    source: r.source,
    fetchedAt: r.fetched_at,
  }));
}

/** The last observation on or before `date` of one series (the value in force then), or null. */
export async function macroObservationAtOrBefore(
  db: Database,
  series: string,
  date: string,
): Promise<StoredMacroObservation | null> {
  const result = await db.execute<{ date: string; value: string; source: string; fetched_at: string }>(sql`
    select date::text as date, value::text as value, source, fetched_at::text as fetched_at
    from macro_observations where series = ${series} and date <= ${date}::date
    order by date desc limit 1`);
  const row = result.rows[0];
  return row
    ? { series, date: row.date, value: Number(row.value), source: row.source, fetchedAt: row.fetched_at }
    : null;
}

/** The latest observation of every stored series. */
export async function latestMacroObservations(db: Database): Promise<StoredMacroObservation[]> {
  const result = await db.execute<{
    series: string;
    date: string;
    value: string;
    source: string;
    fetched_at: string;
  }>(sql`
    select distinct on (series) series, date::text as date, value::text as value, source,
      fetched_at::text as fetched_at
    from macro_observations order by series, date desc`);
  return result.rows.map((r) => ({
    series: r.series,
    date: r.date,
    value: Number(r.value),
    source: r.source,
    fetchedAt: r.fetched_at,
  }));
}

/** The first day of a company's daily feature rows (its data's first date), or null without any. */
export async function firstFeatureDay(
  db: Database,
  companyId: string,
  level: 'day' | 'location_day',
  entity = '',
): Promise<string | null> {
  const result = await db.execute<{ first: string | null }>(sql`
    select min(period_start)::text as first from feature_rows
    where company_id = ${companyId}::uuid and level = ${level} and entity = ${entity}`);
  return result.rows[0]?.first ?? null;
}
