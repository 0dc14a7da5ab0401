import type { AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { listLargestTickets } from '../analytics/largest-tickets';
import type { Execution } from './execute-query';
import { range } from './read-sources';

/** "¿Cuál fue la boleta más grande de noviembre?": the tickets with the largest net total. */
export async function executeLargestTickets(ctx: ServiceContext, query: AskQuery): Promise<Execution> {
  const { location, weekdays, hours } = query.filters;
  const { items } = await listLargestTickets(ctx, {
    ...range(query.period),
    ...(location ? { location } : {}),
    ...(weekdays ? { weekdays: weekdays.join(',') } : {}),
    ...(hours ? { hour_from: hours.from, hour_to: hours.to } : {}),
    limit: query.ranking?.limit ?? 5,
  });
  return {
    items: items.map((ticket) => ({
      key: ticket.document_id,
      label: ticket.document_id,
      value: ticket.total,
      ticket: { day: ticket.day, time: ticket.time, location: ticket.location, lines: ticket.lines },
    })),
    months: null,
  };
}
