import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASKET_SIZES, type BasketSummary, MAX_BASKET_FOR_PAIRS } from './basket-summary';
import { TicketBaskets } from './ticket-baskets';

/** (ticket, product, cents); product −1: a line that adds no product (a return line). */
type Line = [number, number, number];

/** The summary by plain sets and loops. */
function naive(lines: readonly Line[], count: number) {
  const sets = Array.from({ length: count }, () => new Set<number>());
  const cents = new Array<number>(count).fill(0);
  for (const [ticket, product, c] of lines) {
    if (ticket >= count) continue;
    if (product >= 0) sets[ticket]?.add(product);
    cents[ticket] = (cents[ticket] as number) + c;
  }
  const baskets = sets.map((set) => [...set].sort((a, b) => a - b));
  const productTickets = new Map<number, number>();
  for (const basket of baskets)
    for (const p of basket) productTickets.set(p, (productTickets.get(p) ?? 0) + 1);
  const filled = baskets.filter((b) => b.length > 0);
  return {
    tickets: filled.length,
    multi: filled.filter((b) => b.length >= 2).length,
    productTickets,
    segments: BASKET_SIZES.map((s) => {
      const inSegment = baskets.flatMap((b, t) => (b.length >= s.min && b.length <= s.max ? [t] : []));
      return {
        tickets: inSegment.length,
        cents: inSegment.reduce((sum, t) => sum + (cents[t] as number), 0),
      };
    }),
    pairBaskets: baskets.filter((b) => b.length >= 2 && b.length <= MAX_BASKET_FOR_PAIRS),
  };
}

function read(summary: BasketSummary) {
  const productTickets = new Map<number, number>();
  summary.productTickets.forEach((tickets, p) => {
    if (tickets > 0) productTickets.set(p, tickets);
  });
  const pairBaskets: number[][] = [];
  for (const part of summary.pairBaskets)
    part.forEach((products, from, to) => {
      pairBaskets.push([...products.subarray(from, to)]);
    });
  return {
    tickets: summary.tickets,
    multi: summary.multi,
    productTickets,
    segments: summary.segments,
    pairBaskets,
  };
}

const line = (ticket: number) =>
  fc
    .tuple(fc.integer({ min: -1, max: 6 }), fc.integer({ min: -500, max: 5000 }))
    .map(([p, c]): Line => [ticket, p, c]);
/** Tickets numbered in order of first appearance, each ticket's lines together. */
const inOrder = fc
  .array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 })
  .chain((sizes) =>
    fc.tuple(...sizes.map((size, t) => fc.array(line(t), { minLength: size, maxLength: size }))),
  )
  .map((tickets) => tickets.flat());
/** The same, then some lines moved anywhere: a ticket may come back after others. */
const anyOrder = fc
  .tuple(inOrder, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }))
  .map(([lines, moves]) => {
    const moved = [...lines];
    for (const [from, to] of moves) {
      if (moved.length === 0) break;
      const [taken] = moved.splice(from % moved.length, 1) as [Line];
      moved.splice(to % (moved.length + 1), 0, taken);
    }
    return moved;
  });

/** Tickets seen in the first `n` lines (numbers are given in order of first appearance). */
const countOf = (lines: readonly Line[], n: number) =>
  lines.slice(0, n).reduce((max, [ticket]) => Math.max(max, ticket + 1), 0);

/** How far behind the last ticket so far a line's ticket comes back, at most. */
function farthestComeBack(lines: readonly Line[]): number {
  let last = -1;
  let farthest = 0;
  for (const [ticket] of lines) {
    farthest = Math.max(farthest, last - ticket);
    last = Math.max(last, ticket);
  }
  return farthest;
}

describe('TicketBaskets', () => {
  it.each([
    ['in order', inOrder, 4096],
    ['with tickets that come back, their products set aside', anyOrder, 4096],
    ['with tickets that come back, then moved to chains', anyOrder, 1],
    ['with tickets that come back, chained at once', anyOrder, 0],
  ])('sum each ticket’s distinct products and cents, read at any point (%s)', (_, arbitrary, maxSetAside) => {
    fc.assert(
      fc.property(arbitrary, fc.nat(), (lines, cut) => {
        const baskets = new TicketBaskets(maxSetAside);
        const middle = lines.length === 0 ? 0 : cut % (lines.length + 1);
        lines.forEach(([ticket, p, c], i) => {
          if (i === middle) {
            const count = countOf(lines, i);
            expect(read(baskets.summary(count))).toEqual(naive(lines.slice(0, i), count));
          }
          baskets.add(ticket, p, c);
        });
        const count = countOf(lines, lines.length);
        expect(read(baskets.summary(count))).toEqual(naive(lines, count));
      }),
      { numRuns: 500 },
    );
  });

  it('sums baskets left behind as it goes, and is never wrong without saying so', () => {
    fc.assert(
      fc.property(anyOrder, fc.integer({ min: 1, max: 4 }), fc.nat(), (lines, behind, cut) => {
        const baskets = new TicketBaskets(4096, behind);
        const middle = lines.length === 0 ? 0 : cut % (lines.length + 1);
        lines.forEach(([ticket, p, c], i) => {
          if (i === middle && !baskets.spoiled) {
            const count = countOf(lines, i);
            expect(read(baskets.summary(count))).toEqual(naive(lines.slice(0, i), count));
          }
          baskets.add(ticket, p, c);
        });
        // A ticket that comes back within `behind` of the last one is always in time.
        if (farthestComeBack(lines) <= behind) expect(baskets.spoiled).toBe(false);
        if (baskets.spoiled) {
          expect(() => baskets.summary(countOf(lines, lines.length))).toThrow(/came back/);
          return;
        }
        const count = countOf(lines, lines.length);
        expect(read(baskets.summary(count))).toEqual(naive(lines, count));
      }),
      { numRuns: 1000 },
    );
  });

  it('sums as it goes exactly at any size, across the growth of its arrays', () => {
    for (const tickets of [8_193, 8_200, 12_289, 16_385]) {
      const summing = new TicketBaskets(4096, 4096);
      const keeping = new TicketBaskets();
      for (let ticket = 0; ticket < tickets; ticket++) {
        for (const baskets of [summing, keeping]) {
          baskets.add(ticket, ticket % 5, 1000 + (ticket % 7));
          baskets.add(ticket, (ticket * 7) % 11, 500);
          baskets.add(ticket, -1, -(ticket % 3));
        }
      }
      expect(read(summing.summary(tickets)), String(tickets)).toEqual(read(keeping.summary(tickets)));
    }
  });

  it('keeps only the baskets that can make pairs once it sums as it goes', () => {
    const baskets = new TicketBaskets(4096, 64);
    // 100,000 tickets: one product each, but every tenth has three.
    for (let ticket = 0; ticket < 100_000; ticket++) {
      baskets.add(ticket, ticket % 7, 100);
      if (ticket % 10 === 0) {
        baskets.add(ticket, 7, 50);
        baskets.add(ticket, 8, 50);
      }
    }
    const summary = baskets.summary(100_000);
    expect(summary.tickets).toBe(100_000);
    expect(summary.multi).toBe(10_000);
    expect(summary.segments.map((s) => s.tickets)).toEqual([90_000, 10_000, 0, 0]);
    expect(summary.segments[1]?.cents).toBe(10_000 * 200);
    const kept = summary.pairBaskets.reduce((n, part) => n + part.count, 0);
    expect(kept).toBe(10_000);
    // What is held: the 10,000 baskets of three (~130 KB) and a few window's worth of tickets.
    expect(baskets.memoryBytes).toBeLessThan(400_000);
    const keepingAll = new TicketBaskets();
    for (let ticket = 0; ticket < 100_000; ticket++) keepingAll.add(ticket, ticket % 7, 100);
    expect(keepingAll.memoryBytes).toBeGreaterThan(1_500_000);
  });
});
