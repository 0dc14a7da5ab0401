import type { AnalyticsPeriod, LargestTicketsQuery, Ticket } from '@ayni/contracts';
import { largestTickets } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { asDays, checkRange, read } from './breakdown-query';
import { filtersOf } from './slice-breakdowns';

/*
 * The largest tickets of the days from/to (at one branch, on some weekdays or hours): each
 * document's lines of the slice summed in SQL, in the company's scope, largest net total first.
 */

export async function listLargestTickets(
  ctx: ServiceContext,
  query: LargestTicketsQuery,
): Promise<{ items: Ticket[]; period: AnalyticsPeriod; dataThrough: string | null }> {
  checkRange(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    largestTickets(tx, ctx.companyId, filtersOf(query), query.limit),
  );
  const items = result.map((ticket) => ({
    document_id: ticket.document,
    day: ticket.day,
    time: ticket.time,
    location: ticket.location,
    lines: ticket.lines,
    // Quantities to the gram and amounts to the peso, as the other breakdowns give them.
    units: Math.round(Number(ticket.units) * 1000) / 1000,
    total: Math.round(Number(ticket.total) * 100) / 100,
  }));
  return { items, period: asDays(query), dataThrough };
}
