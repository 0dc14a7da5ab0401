import type { TicketBook } from '../accumulate/ticket-book';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS } from '../time/periods';

export const ROLLED_UP = ['week', 'month', 'quarter', 'year'] as const;
export type RolledUpLevel = (typeof ROLLED_UP)[number];

/** Distinct tickets per day and hour, and what to subtract at coarser levels. */
export interface TicketTally {
  byDay: Map<number, number>;
  byHour: Map<number, number[]>;
  /**
   * A ticket seen on k days of one period was counted k times by summing its days: the
   * period's correction is −(k − 1). Only tickets seen on several days contribute.
   */
  correction: Record<RolledUpLevel, Map<number, number>>;
}

const emptyTally = (): TicketTally => ({
  byDay: new Map(),
  byHour: new Map(),
  correction: { week: new Map(), month: new Map(), quarter: new Map(), year: new Map() },
});

/** Walks every ticket-day once, for sale lines and return lines separately. */
export function tallyTickets(book: TicketBook): { sales: TicketTally; returns: TicketTally } {
  const sales = new DayCounter();
  const returns = new DayCounter();
  for (let entry = 0; entry < book.size; entry++) {
    const dayIndex = book.dayIndex[entry] as number;
    const saleMask = book.saleMask[entry] as number;
    const returnMask = book.returnMask[entry] as number;
    if (saleMask !== 0) sales.count(dayIndex, saleMask);
    if (returnMask !== 0) returns.count(dayIndex, returnMask);
  }
  const tallies = { sales: sales.done(), returns: returns.done() };
  for (const first of book.multiDayTickets()) {
    correct(tallies.sales, book, first, book.saleMask);
    correct(tallies.returns, book, first, book.returnMask);
  }
  return tallies;
}

/** Tickets per day and hour; ticket-days come grouped by day, so the last day's row is kept. */
class DayCounter {
  private readonly tally = emptyTally();
  private day = Number.NaN;
  private tickets = 0;
  private hours: number[] = [];

  count(dayIndex: number, mask: number): void {
    if (dayIndex !== this.day) this.select(dayIndex);
    this.tickets++;
    const hours = this.hours;
    // One step per hour set (usually one), lowest first.
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const hour = 31 - Math.clz32(rest & -rest);
      hours[hour] = (hours[hour] as number) + 1;
    }
  }

  done(): TicketTally {
    this.select(Number.NaN);
    return this.tally;
  }

  private select(dayIndex: number): void {
    if (!Number.isNaN(this.day)) this.tally.byDay.set(this.day, this.tickets);
    this.day = dayIndex;
    if (Number.isNaN(dayIndex)) return;
    this.tickets = this.tally.byDay.get(dayIndex) ?? 0;
    let hours = this.tally.byHour.get(dayIndex);
    if (hours === undefined) {
      hours = new Array<number>(24).fill(0);
      this.tally.byHour.set(dayIndex, hours);
    }
    this.hours = hours;
  }
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
