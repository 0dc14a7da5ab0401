import type pg from 'pg';

/**
 * The audit of what an import (or an upload's deletion) changed: per affected day, ISO week,
 * month, quarter and year, the lines before and after and how many were inserted, updated and
 * deleted. Works on the temp tables of the merge (`upload_diff`, `upload_gone`).
 */

const PERIODS = `(values ('day', d.day),
  ('week', date_trunc('week', d.day)::date),
  ('month', date_trunc('month', d.day)::date),
  ('quarter', date_trunc('quarter', d.day)::date),
  ('year', date_trunc('year', d.day)::date)) as p(period_type, period_start)`;

/**
 * Days touched: new dates of inserted/updated lines, old dates of updated ones, dates of deleted
 * ones; `delta` is the day's net change in lines (an update that moves a line to another day
 * counts -1 on the old day and +1 on the new one).
 */
export async function collectAffectedDays(client: pg.PoolClient, companyId: string): Promise<void> {
  await client.query(
    `create temp table upload_days on commit drop as
     with tz as (select timezone from companies where id = $1),
     touched as (
       select (sold_at at time zone tz.timezone)::date as day, 1 as ins, 0 as upd, 0 as del, 1 as delta
         from upload_diff, tz where action = 'insert'
       union all select (sold_at at time zone tz.timezone)::date, 0, 1, 0, 1 from upload_diff, tz where action = 'update'
       union all select (old_sold_at at time zone tz.timezone)::date, 0, 0, 0, -1 from upload_diff, tz where action = 'update'
       union all select (sold_at at time zone tz.timezone)::date, 0, 0, 1, -1 from upload_gone, tz
     )
     select day, sum(ins)::int as inserted, sum(upd)::int as updated, sum(del)::int as deleted,
       sum(delta)::int as delta
     from touched group by day`,
    [companyId],
  );
}

/** Counts the company's lines in every affected period, before writing. */
export async function countLinesInPeriods(
  client: pg.PoolClient,
  companyId: string,
  /** False for a company's first import (whose lines may already be inserted): all zero. */
  companyHadLines = true,
): Promise<void> {
  if (!companyHadLines) {
    await client.query(
      `create temp table upload_before on commit drop as
       select distinct p.period_type, p.period_start, 0 as lines from upload_days d cross join lateral ${PERIODS}`,
    );
    return;
  }
  // One scan of the affected years, grouped by day, then rolled up to every period.
  await client.query(
    `create temp table upload_before on commit drop as
     with tz as (select timezone from companies where id = $1),
     span as (
       -- whole years, widened to whole ISO weeks that straddle a new year
       select (least(date_trunc('year', min(day)), date_trunc('week', min(day)))::date::timestamp
                 at time zone tz.timezone) as lo,
              (greatest(date_trunc('year', max(day)) + interval '1 year', date_trunc('week', max(day)) + interval '1 week')::date::timestamp
                 at time zone tz.timezone) as hi
       from upload_days, tz group by tz.timezone
     ),
     per_day as (
       select (l.sold_at at time zone tz.timezone)::date as day, count(*)::int as lines
       from sale_lines l, span, tz
       where l.company_id = $1 and l.sold_at >= span.lo and l.sold_at < span.hi
       group by 1
     ),
     rolled as (
       select p.period_type, p.period_start, sum(d.lines)::int as lines
       from per_day d cross join lateral ${PERIODS} group by 1, 2
     ),
     wanted as (select distinct p.period_type, p.period_start from upload_days d cross join lateral ${PERIODS})
     select w.period_type, w.period_start, coalesce(r.lines, 0)::int as lines
     from wanted w left join rolled r using (period_type, period_start)`,
    [companyId],
  );
}

/**
 * The lines of every affected period after writing: the count before plus the days' net
 * changes (exact, as the writes are exactly the diff; no second scan of the lines).
 */
export async function deriveLinesAfter(client: pg.PoolClient): Promise<void> {
  await client.query(
    `create temp table upload_after on commit drop as
     select b.period_type, b.period_start, (b.lines + coalesce(c.delta, 0))::int as lines
     from upload_before b
     left join (
       select p.period_type, p.period_start, sum(d.delta) as delta
       from upload_days d cross join lateral ${PERIODS}
       group by 1, 2
     ) c using (period_type, period_start)`,
  );
}

export async function writePeriodChanges(
  client: pg.PoolClient,
  options: { companyId: string; uploadId: string; action: 'upload' | 'delete' },
): Promise<void> {
  await client.query(
    `insert into upload_changes (company_id, upload_id, action, period_type, period_start,
       lines_before, lines_after, inserted, updated, deleted)
     select $1, $2, $3, b.period_type, b.period_start, b.lines, a.lines,
       coalesce(c.inserted, 0), coalesce(c.updated, 0), coalesce(c.deleted, 0)
     from upload_before b
     join upload_after a using (period_type, period_start)
     left join (
       select p.period_type, p.period_start, sum(d.inserted)::int as inserted,
         sum(d.updated)::int as updated, sum(d.deleted)::int as deleted
       from upload_days d cross join lateral ${PERIODS}
       group by 1, 2
     ) c using (period_type, period_start)
     on conflict (company_id, upload_id, action, period_type, period_start) do update set
       lines_before = excluded.lines_before, lines_after = excluded.lines_after,
       inserted = excluded.inserted, updated = excluded.updated, deleted = excluded.deleted`,
    [options.companyId, options.uploadId, options.action],
  );
}

/** Rebuilds `daily_sales` for the affected days only, from the lines as they are now. */
export async function rebuildAffectedDays(client: pg.PoolClient, companyId: string): Promise<void> {
  await client.query(
    'delete from daily_sales where company_id = $1 and day in (select day from upload_days)',
    [companyId],
  );
  await client.query(
    `insert into daily_sales (company_id, day, gross_sales, returns, tickets, units, lines, refreshed_at)
     select s.company_id, (s.sold_at at time zone c.timezone)::date as day,
       coalesce(sum(s.total) filter (where not s.is_return), 0),
       coalesce(-sum(s.total) filter (where s.is_return), 0),
       count(distinct s.document_id) filter (where not s.is_return),
       coalesce(sum(s.quantity) filter (where s.unit = 'un'), 0),
       count(*), now()
     from sale_lines s
     join companies c on c.id = s.company_id
     join upload_days d on d.day = (s.sold_at at time zone c.timezone)::date
     where s.company_id = $1
       and s.sold_at >= ((select min(day) from upload_days)::timestamp at time zone c.timezone)
       and s.sold_at < (((select max(day) from upload_days) + 1)::timestamp at time zone c.timezone)
     group by 1, 2`,
    [companyId],
  );
}
