import { DayTicketCounter, type DayTickets } from '../accumulate/day-ticket-counts';
import type { TicketBook } from '../accumulate/ticket-book';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS } from '../time/periods';

export const ROLLED_UP = ['week', 'month', 'quarter', 'year'] as const;
export type RolledUpLevel = (typeof ROLLED_UP)[number];

/** Distinct tickets per day and hour, and what to subtract at coarser levels. */
export interface TicketTally extends DayTickets {
  /**
   * A ticket seen on k days of one period was counted k times by summing its days: the
   * period's correction is −(k − 1). Only tickets seen on several days contribute.
   */
  correction: Record<RolledUpLevel, Map<number, number>>;
}

const tallyOf = (counts: DayTickets): TicketTally => ({
  ...counts,
  correction: { week: new Map(), month: new Map(), quarter: new Map(), year: new Map() },
});

/**
 * Walks every ticket-day once, for sale lines and return lines separately, on top of the
 * ticket-days the book already folded away (see `TicketBook`).
 */
export function tallyTickets(book: TicketBook): { sales: TicketTally; returns: TicketTally } {
  const sales = new DayTicketCounter(book.foldedSales);
  const returns = new DayTicketCounter(book.foldedReturns);
  for (let entry = 0; entry < book.size; entry++) {
    const dayIndex = book.dayIndex[entry] as number;
    const saleMask = book.saleMask[entry] as number;
    const returnMask = book.returnMask[entry] as number;
    if (saleMask !== 0) sales.count(dayIndex, saleMask);
    if (returnMask !== 0) returns.count(dayIndex, returnMask);
  }
  const tallies = { sales: tallyOf(sales.counted()), returns: tallyOf(returns.counted()) };
  for (const first of book.multiDayTickets()) {
    correct(tallies.sales, book, first, book.saleMask);
    correct(tallies.returns, book, first, book.returnMask);
  }
  return tallies;
}

function correct(tally: TicketTally, book: TicketBook, first: number, masks: Int32Array): void {
  for (const level of ROLLED_UP) {
    const calendar = PERIOD_CALENDARS[level];
    const daysPerPeriod = new Map<number, number>();
    for (let entry = first; entry >= 0; entry = book.next[entry] as number) {
      if (masks[entry] === 0) continue;
      const index = calendar.indexOf(localDay(book.dayIndex[entry] as number));
      daysPerPeriod.set(index, (daysPerPeriod.get(index) ?? 0) + 1);
    }
    for (const [index, days] of daysPerPeriod) {
      if (days > 1)
        tally.correction[level].set(index, (tally.correction[level].get(index) ?? 0) - (days - 1));
    }
  }
}
