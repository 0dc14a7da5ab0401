import type { Baskets } from '../insight-accumulator';
import { pct, round } from '../shared/stats';

export const BASKET_SIZES = [
  { id: 'single', min: 1, max: 1 },
  { id: 'small', min: 2, max: 3 },
  { id: 'medium', min: 4, max: 6 },
  { id: 'large', min: 7, max: Number.POSITIVE_INFINITY },
] as const;

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
export function basketSizeSegments(baskets: Baskets): BasketSizeSegment[] {
  const counts = BASKET_SIZES.map(() => ({ tickets: 0, cents: 0 }));
  const { start } = baskets;
  for (let ticket = 0; ticket < baskets.count; ticket++) {
    const size = (start[ticket + 1] as number) - (start[ticket] as number);
    if (size === 0) continue;
    const at = BASKET_SIZES.findIndex((s) => size >= s.min && size <= s.max);
    const bucket = counts[at] as { tickets: number; cents: number };
    bucket.tickets++;
    bucket.cents += baskets.cents[ticket] as number;
  }
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
