import { pct, round } from '../shared/stats';
import { BASKET_SIZES, type BasketSummary } from './basket-summary';

export interface BasketSizeSegment {
  /** single: 1 distinct product · small 2–3 · medium 4–6 · large 7+. */
  segment: (typeof BASKET_SIZES)[number]['id'];
  tickets: number;
  ticket_share_pct: number | null;
  revenue: number;
  revenue_share_pct: number | null;
  avg_ticket: number | null;
}

/** Tickets (with at least one sale line) grouped by how many distinct products they hold. */
export function basketSizeSegments(summary: BasketSummary): BasketSizeSegment[] {
  const counts = summary.segments;
  const tickets = counts.reduce((s, c) => s + c.tickets, 0);
  const cents = counts.reduce((s, c) => s + Math.max(c.cents, 0), 0);
  return BASKET_SIZES.map((s, i) => {
    const c = counts[i] as { tickets: number; cents: number };
    return {
      segment: s.id,
      tickets: c.tickets,
      ticket_share_pct: pct(c.tickets, tickets),
      revenue: round(c.cents / 100, 2),
      revenue_share_pct: pct(c.cents, cents),
      avg_ticket: c.tickets === 0 ? null : round(c.cents / 100 / c.tickets, 0),
    };
  });
}
