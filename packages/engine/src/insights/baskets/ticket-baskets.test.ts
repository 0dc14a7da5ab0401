import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketBaskets } from './ticket-baskets';

/** (ticket, product) pairs; product −1: a line that adds no product (a return line). */
type Line = [number, number];

/** Each ticket's sorted distinct products, by plain sets. */
function naive(lines: readonly Line[], count: number): number[][] {
  const sets = Array.from({ length: count }, () => new Set<number>());
  for (const [ticket, product] of lines) if (product >= 0) sets[ticket]?.add(product);
  return sets.map((set) => [...set].sort((a, b) => a - b));
}

function read(baskets: TicketBaskets, count: number): number[][] {
  const { start, products } = baskets.build(count);
  return Array.from({ length: count }, (_, t) => [...products.subarray(start[t], start[t + 1])]);
}

const product = fc.integer({ min: -1, max: 6 });
/** Tickets numbered in order of first appearance, each ticket's lines together. */
const inOrder = fc
  .array(fc.array(product, { minLength: 1, maxLength: 6 }), { maxLength: 30 })
  .map((tickets) => tickets.flatMap((products, t) => products.map((p): Line => [t, p])));
/** The same, then some lines moved anywhere: a ticket may come back after others. */
const anyOrder = fc
  .tuple(inOrder, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }))
  .map(([lines, moves]) => {
    const moved = [...lines];
    for (const [from, to] of moves) {
      if (moved.length === 0) break;
      const [line] = moved.splice(from % moved.length, 1) as [Line];
      moved.splice(to % (moved.length + 1), 0, line);
    }
    return moved;
  });

/** Tickets seen in the first `n` lines (numbers are given in order of first appearance). */
const countOf = (lines: readonly Line[], n: number) =>
  lines.slice(0, n).reduce((max, [ticket]) => Math.max(max, ticket + 1), 0);

describe('TicketBaskets', () => {
  it.each([
    ['in order', inOrder, 4096],
    ['with tickets that come back, their products set aside', anyOrder, 4096],
    ['with tickets that come back, then moved to chains', anyOrder, 1],
    ['with tickets that come back, chained at once', anyOrder, 0],
  ])('hold each ticket’s distinct products, read at any point (%s)', (_, arbitrary, maxSetAside) => {
    fc.assert(
      fc.property(arbitrary, fc.nat(), (lines, cut) => {
        const baskets = new TicketBaskets(maxSetAside);
        const middle = lines.length === 0 ? 0 : cut % (lines.length + 1);
        lines.forEach(([ticket, p], i) => {
          if (i === middle) {
            const count = countOf(lines, i);
            expect(read(baskets, count)).toEqual(naive(lines.slice(0, i), count));
          }
          baskets.add(ticket, p);
        });
        const count = countOf(lines, lines.length);
        expect(read(baskets, count)).toEqual(naive(lines, count));
      }),
      { numRuns: 500 },
    );
  });
});
