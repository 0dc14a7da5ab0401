import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatureResult, buildFeatureStreams } from '../compute-features';
import { randomLine } from '../random-lines.testkit';
import { FEATURE_LEVELS, type FeatureLine } from '../types';
import { FeatureAccumulator } from './feature-accumulator';
import { RECENT_TICKETS } from './recent-tickets';

const FROM = Date.UTC(2024, 2, 25);
const TO = Date.UTC(2024, 5, 10);
const MINUTE = 60_000;

/**
 * Tickets whose lines come one after another: most within an hour or two of the first line,
 * some a day or more away (a ticket open past midnight, a late correction), so tickets of one
 * day and of several days mix; customers and branches may change within a ticket.
 */
interface RandomTicket {
  first: FeatureLine;
  more: { line: FeatureLine; minutes: number }[];
}

const ticketArbitrary: fc.Arbitrary<RandomTicket> = fc.record({
  first: randomLine(FROM, TO),
  more: fc.array(
    fc.record({
      line: randomLine(FROM, TO),
      minutes: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) },
        { weight: 1, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
      ),
    }),
    { maxLength: 4 },
  ),
});

function contiguousLines(tickets: RandomTicket[]): FeatureLine[] {
  return tickets.flatMap(({ first, more }, t) => {
    const transId = `T${t}`;
    return [
      { ...first, transId },
      ...more.map(({ line, minutes }) => ({ ...line, transId, soldAt: first.soldAt + minutes * MINUTE })),
    ];
  });
}

function feed(accumulator: FeatureAccumulator, lines: FeatureLine[]): number[] {
  return lines.map((line) => accumulator.add(line));
}

const levels = new Set(FEATURE_LEVELS);

/**
 * Whether every ticket that comes back is among the last `recent` tickets closed (each close
 * remembered once, forgotten when reopened), read straight from the lines: what a contiguous
 * book can reopen. Lines that make no ticket (no instant, or a total of 0) are left out.
 */
function reopensAll(lines: readonly FeatureLine[], recent: number): boolean {
  const closes: { transId: string; taken: boolean }[] = [];
  const closed = new Set<string>();
  let open: string | null = null;
  for (const line of lines) {
    if (!Number.isFinite(line.soldAt) || Math.round(line.priceTotal * 100) === 0) continue;
    if (line.transId === open) continue;
    if (open !== null) {
      closed.add(open);
      closes.push({ transId: open, taken: false });
    }
    open = line.transId;
    if (!closed.has(line.transId)) continue;
    const last = closes.slice(-recent).reverse();
    const again = last.find((close) => close.transId === line.transId && !close.taken);
    if (again === undefined) return false;
    again.taken = true;
  }
  return true;
}

describe('contiguous tickets', () => {
  it('give the rows and ticket numbers of a book that keeps every ticket, however often it folds', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArbitrary, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(true, 'checked-by-caller' as const),
        fc.integer({ min: 1, max: 4 }),
        (tickets, foldEvery, contiguous, recent) => {
          const lines = contiguousLines(tickets);
          const exact = new FeatureAccumulator(levels);
          const folding = new FeatureAccumulator(
            levels,
            Number.POSITIVE_INFINITY,
            contiguous,
            foldEvery,
            recent,
          );
          expect(feed(folding, lines)).toEqual(feed(exact, lines));
          expect(folding.ticketsExact).toBe(true);
          expect(buildFeatureResult(folding)).toEqual(buildFeatureResult(exact));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep only the tickets of several days and the last ones closed once folded', () => {
    const day = Date.UTC(2024, 3, 2, 15);
    const line = randomLine(day, day);
    const [template] = fc.sample(line, { numRuns: 1, seed: 7 }) as [FeatureLine];
    const sale = { ...template, priceTotal: 1000, quantity: 1 };
    const recent = 8;
    const folding = new FeatureAccumulator(levels, Number.POSITIVE_INFINITY, true, 4, recent);
    const second = (t: number) => day + t * 1000;
    for (let t = 0; t < 200; t++) folding.add({ ...sale, transId: `T${t}`, soldAt: second(t) });
    // One ticket over two days (past midnight), then more of one day.
    folding.add({ ...sale, transId: 'NIGHT', soldAt: day + 9 * 3_600_000 });
    folding.add({ ...sale, transId: 'NIGHT', soldAt: day + 12 * 3_600_000 });
    for (let t = 200; t < 400; t++) folding.add({ ...sale, transId: `T${t}`, soldAt: second(t) });
    expect(folding.tickets.size).toBeLessThanOrEqual(2 + 4 + recent);
    expect(folding.tickets.multiDayTickets()).toHaveLength(1);
    const rows = buildFeatureResult(folding).levels.day;
    expect(rows.map((row) => row.transactions)).toEqual([401, 1]);
  });

  it('reopen a ticket whose lines come back among the last ones closed, as stored lines read back have them', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArbitrary, { minLength: 2, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (tickets, moves, foldEvery, recent) => {
          // Lines moved elsewhere: a later ticket starts early, or a ticket is cut by others.
          const lines = contiguousLines(tickets);
          for (const [from, to] of moves) {
            const [moved] = lines.splice(from % lines.length, 1) as [FeatureLine];
            lines.splice(to % (lines.length + 1), 0, moved);
          }
          const exact = new FeatureAccumulator(levels);
          const folding = new FeatureAccumulator(levels, Number.POSITIVE_INFINITY, true, foldEvery, recent);
          const tickets1 = feed(folding, lines);
          expect(folding.ticketsExact).toBe(reopensAll(lines, recent));
          if (!folding.ticketsExact) return;
          expect(tickets1).toEqual(feed(exact, lines));
          expect(buildFeatureResult(folding)).toEqual(buildFeatureResult(exact));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('turn inexact when a ticket comes back after more tickets than are reopened, and then give no rows', () => {
    const at = Date.UTC(2024, 3, 2, 15);
    const [template] = fc.sample(randomLine(at, at), { numRuns: 1, seed: 3 }) as [FeatureLine];
    const sale = { ...template, priceTotal: 500, quantity: 1 };
    const folding = new FeatureAccumulator(levels, Number.POSITIVE_INFINITY, true, 2);
    folding.add({ ...sale, transId: 'A' });
    folding.add({ ...sale, transId: 'A' });
    for (let t = 0; t < RECENT_TICKETS; t++) folding.add({ ...sale, transId: `B${t}` });
    expect(folding.ticketsExact).toBe(true);
    folding.add({ ...sale, transId: 'A' });
    expect(folding.ticketsExact).toBe(false);
    expect(() => buildFeatureStreams(folding)).toThrow(/came back/);

    // A caller that checks the order itself gets no such check (and must discard the rows).
    const unchecked = new FeatureAccumulator(levels, Number.POSITIVE_INFINITY, 'checked-by-caller', 2);
    for (const transId of ['A', 'B', 'A']) unchecked.add({ ...sale, transId });
    expect(unchecked.ticketsExact).toBe(true);
    expect(buildFeatureResult(unchecked).levels.day[0]?.transactions).toBe(3);
  });
});
