import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { type LineSliceFilters, slicedLines } from './line-slices';

/*
 * The largest tickets of a slice: the company's documents by the sum of their lines of the days,
 * branch, weekdays and hours asked, as the engine counts a ticket (a document with a net sale).
 */

export interface TicketSums {
  document: string;
  /** Local day and time (HH:MM) of the ticket's first line. */
  day: string;
  time: string;
  /** Its branch (null: lines without one). */
  location: string | null;
  lines: number;
  /** Quantity and net total as numeric text (exact). */
  units: string;
  total: string;
}

/** The `limit` tickets with the largest net total, largest first (ties by document). */
export async function largestTickets(
  db: Database,
  companyId: string,
  filters: LineSliceFilters,
  limit: number,
): Promise<TicketSums[]> {
  const result = await db.execute<Record<string, unknown>>(sql`with l as (${slicedLines(companyId, filters)})
    select document_id as document, min(local)::date::text as day, to_char(min(local), 'HH24:MI') as time,
      nullif(min(location_name), '') as location, count(*)::int as lines,
      sum(quantity)::text as units, sum(total)::text as total
    from l group by document_id having sum(total) > 0
    order by sum(total) desc, document_id limit ${limit}`);
  return result.rows.map((r) => ({
    document: String(r.document),
    day: String(r.day),
    time: String(r.time),
    location: r.location === null ? null : String(r.location),
    lines: Number(r.lines),
    units: String(r.units),
    total: String(r.total),
  }));
}
