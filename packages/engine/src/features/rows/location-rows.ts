import { RETURN, SALE } from '../accumulate/customer-table';
import type { LocationTable } from '../accumulate/location-table';
import type { CellGroups } from '../accumulate/pair-index';
import { PeriodTotals } from '../accumulate/period-totals';
import type { TicketBook } from '../accumulate/ticket-book';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS, PERIOD_LEVELS, type PeriodLevel } from '../time/periods';
import type { Nulls } from '../types';
import { PeriodCounter } from './customer-counts';
import type { DayCalendar } from './day-calendar';
import type { GrowthFields } from './growth';
import { type PeriodGroup, type PeriodRow, periodRowsWithGrowth } from './period-core';

/** The location levels and the calendar each one follows. */
export const LOCATION_LEVELS = {
  location_day: 'day',
  location_week: 'week',
  location_month: 'month',
  location_quarter: 'quarter',
  location_year: 'year',
} as const satisfies Record<string, PeriodLevel>;
export type LocationLevel = keyof typeof LOCATION_LEVELS;

type LocationHead = { location: string | null };

/** What the branch rows read from the accumulator. */
export interface LocationSource {
  table: LocationTable;
  tickets: TicketBook;
  /** Customer-day cells of each customer, in chronological order. */
  customerGroups: CellGroups;
  calendar: DayCalendar;
}

/** period index → count */
type Counts = Map<number, number>;
type PerLevel = Record<PeriodLevel, Counts>;

const perLevel = (): PerLevel => ({
  day: new Map(),
  week: new Map(),
  month: new Map(),
  quarter: new Map(),
  year: new Map(),
});

const increment = (map: Counts, key: number) => map.set(key, (map.get(key) ?? 0) + 1);

/** Per branch: new customers per period, and the ids a period's days count more than once. */
interface BranchCounts {
  newCustomers: PerLevel;
  repeatedCustomers: PerLevel;
  repeatedSales: PerLevel;
  repeatedReturns: PerLevel;
}

/** Branch rows of every calendar level, from one reading of the branches' ids. */
export class LocationRows {
  private readonly order: number[];
  private readonly groups: CellGroups;
  private readonly counts: BranchCounts[];

  constructor(private readonly source: LocationSource) {
    const branches = source.table.values;
    this.order = branches.sortedIds();
    this.groups = source.table.days.grouped(branches.size, source.calendar.rank);
    this.counts = Array.from({ length: branches.size }, () => ({
      newCustomers: perLevel(),
      repeatedCustomers: perLevel(),
      repeatedSales: perLevel(),
      repeatedReturns: perLevel(),
    }));
    this.countCustomers();
    this.countTickets();
  }

  /**
   * Branch (location) rows of one calendar level: the company-wide period metrics computed over
   * the branch's own lines, and growth against the branch's previous period and its same period
   * a year before. Distinct tickets and customers of a week/month/quarter/year: the sum over
   * the branch's days minus the ids seen on several days of the period. `new_customers` =
   * customers whose first sale line *at this branch* falls in the period (a customer new to
   * the branch may have bought elsewhere before). A branch's data starts at its first line: a
   * period before it is `NO_PREVIOUS_PERIOD`, one after it with no lines counts as zero. Empty
   * when no line has a location; lines without one form the `location: null` branch (sorted
   * last).
   */
  rows(level: PeriodLevel, dataThrough: number) {
    const { table, calendar } = this.source;
    const periods = PERIOD_CALENDARS[level];
    const periodOf = calendar.periodOf(level);
    const rows: (PeriodRow<LocationHead, object> & GrowthFields)[] = [];
    if (!table.seen) return rows;
    const { start, cells, b: dayIds } = this.groups;
    for (const branch of this.order) {
      const location = table.values.values[branch] as string | null;
      const from = start[branch] as number;
      const to = start[branch + 1] as number;
      if (from === to) continue;
      const counts = this.counts[branch] as BranchCounts;
      const groups: PeriodGroup<LocationHead, object>[] = [];
      let i = from;
      while (i < to) {
        const index = periodOf[dayIds[i] as number] as number;
        const totals = new PeriodTotals();
        let transactions = 0;
        let returns = 0;
        let customers = 0;
        for (; i < to; i++) {
          const cell = cells[i] as number;
          if (periodOf[dayIds[i] as number] !== index) break;
          table.totals.mergeInto(cell, totals);
          transactions += table.transactions[cell] as number;
          returns += table.returns[cell] as number;
          customers += table.customers[cell] as number;
        }
        const nulls: Nulls = {};
        groups.push({
          index,
          totals,
          tickets: {
            transactions: transactions - (counts.repeatedSales[level].get(index) ?? 0),
            returns: returns - (counts.repeatedReturns[level].get(index) ?? 0),
          },
          customers: customers - (counts.repeatedCustomers[level].get(index) ?? 0),
          newCustomers: counts.newCustomers[level].get(index) ?? 0,
          head: { location },
          extra: {},
          nulls,
        });
      }
      const dataFrom = calendar.dayIndex[dayIds[from] as number] as number;
      for (const row of periodRowsWithGrowth(periods, groups, { dataFrom, dataThrough })) rows.push(row);
    }
    return rows;
  }

  /**
   * Walks each customer's days in order: the first at a branch makes them new there. Counted
   * in dense arrays per branch and level (a customer-day meets ~1 branch, 133k of them per
   * million lines), turned into the maps `rows` reads at the end.
   */
  private countCustomers(): void {
    const { table, calendar, customerGroups } = this.source;
    const levels = PERIOD_LEVELS.length;
    const periodOf = PERIOD_LEVELS.map((level) => calendar.periodOf(level));
    const branches = table.values.size;
    const counter = (l: number) => new PeriodCounter(periodOf[l] as Float64Array);
    const newCustomers: PeriodCounter[] = [];
    const repeated: PeriodCounter[] = [];
    for (let branch = 0; branch < branches; branch++) {
      for (let l = 0; l < levels; l++) {
        newCustomers.push(counter(l));
        repeated.push(counter(l));
      }
    }
    const seenBy = new Int32Array(branches).fill(-1); // branch → last customer seen there
    const lastPeriod = new Float64Array(branches * levels);
    const visit = (branch: number, customer: number, dayId: number) => {
      const first = seenBy[branch] !== customer;
      seenBy[branch] = customer;
      for (let l = 0; l < levels; l++) {
        const index = (periodOf[l] as Float64Array)[dayId] as number;
        const k = branch * levels + l;
        const slot = (newCustomers[k] as PeriodCounter).slotOf[dayId] as number;
        if (first) (newCustomers[k] as PeriodCounter).increment(slot);
        else if (lastPeriod[k] === index) (repeated[k] as PeriodCounter).increment(slot);
        lastPeriod[k] = index;
      }
    };
    const pairs = table.customerDays;
    const { start, cells, b: customerDayIds } = customerGroups;
    for (let customer = 0; customer + 1 < start.length; customer++) {
      const to = start[customer + 1] as number;
      for (let i = start[customer] as number; i < to; i++) {
        const cell = cells[i] as number;
        const branch = pairs.firstOf(cell);
        if (branch < 0) continue;
        const dayId = customerDayIds[i] as number;
        visit(branch, customer, dayId);
        const more = pairs.moreOf(cell);
        if (more !== undefined)
          for (let m = 0; m < more.length; m += 2) visit(more[m] as number, customer, dayId);
      }
    }
    for (let branch = 0; branch < branches; branch++) {
      const counts = this.counts[branch] as BranchCounts;
      PERIOD_LEVELS.forEach((level, l) => {
        counts.newCustomers[level] = (newCustomers[branch * levels + l] as PeriodCounter).toMap();
        counts.repeatedCustomers[level] = (repeated[branch * levels + l] as PeriodCounter).toMap();
      });
    }
  }

  /** Tickets on several days: the days of one period at one branch count the ticket once. */
  private countTickets(): void {
    const { table, tickets: book } = this.source;
    const seen: number[] = []; // branch, flags, day index: one triple per (ticket-day, branch)
    for (const head of book.multiDayTickets()) {
      seen.length = 0;
      for (let entry = head; entry >= 0; entry = book.next[entry] as number) {
        const dayIndex = book.dayIndex[entry] as number;
        table.tickets.forEach(entry, (branch, flags) => {
          seen.push(branch, flags, dayIndex);
        });
      }
      for (const level of PERIOD_LEVELS) {
        if (level === 'day') continue; // a ticket-day is one id of one day already
        this.repeats(seen, level, SALE, 'repeatedSales');
        this.repeats(seen, level, RETURN, 'repeatedReturns');
      }
    }
  }

  private repeats(
    seen: number[],
    level: PeriodLevel,
    bit: number,
    kind: 'repeatedSales' | 'repeatedReturns',
  ): void {
    const calendar = PERIOD_CALENDARS[level];
    const periodsOf = new Map<number, number[]>(); // branch → periods of the days listed so far
    for (let i = 0; i < seen.length; i += 3) {
      if (((seen[i + 1] as number) & bit) === 0) continue;
      const branch = seen[i] as number;
      const index = calendar.indexOf(localDay(seen[i + 2] as number));
      const periods = periodsOf.get(branch);
      if (periods === undefined) periodsOf.set(branch, [index]);
      else if (periods.includes(index)) increment((this.counts[branch] as BranchCounts)[kind][level], index);
      else periods.push(index);
    }
  }
}
