import type { CellGroups } from '../accumulate/pair-index';
import { PERIOD_CALENDARS, PERIOD_LEVELS, type PeriodLevel } from '../time/periods';
import type { DayCalendar } from './day-calendar';

/**
 * Distinct customers (with a sale line) per period and how many of them bought for the first
 * time in it, at every calendar level. Walks each customer's days once, in order, so a
 * customer counts once per period however many days they came back.
 */
export interface CustomerCounts {
  customers: Record<PeriodLevel, Map<number, number>>;
  newCustomers: Record<PeriodLevel, Map<number, number>>;
  /** Customers of the period who also bought in the period before it. */
  retained: Record<PeriodLevel, Map<number, number>>;
  /** day index → customers per local hour 0-23 */
  customersByHour: Map<number, number[]>;
  newCustomersByHour: Map<number, number[]>;
}

/** Period index → count, kept densely over the periods of the data's days until the end. */
export class PeriodCounter {
  /** day id → slot of its period */
  readonly slotOf: Int32Array;
  private readonly indices: number[] = [];
  private readonly counts: Int32Array;

  constructor(periods: Float64Array) {
    const slots = new Map<number, number>();
    this.slotOf = new Int32Array(periods.length);
    periods.forEach((index, id) => {
      let slot = slots.get(index);
      if (slot === undefined) {
        slot = this.indices.length;
        slots.set(index, slot);
        this.indices.push(index);
      }
      this.slotOf[id] = slot;
    });
    this.counts = new Int32Array(this.indices.length);
  }

  increment(slot: number): void {
    this.counts[slot] = (this.counts[slot] as number) + 1;
  }

  toMap(): Map<number, number> {
    const map = new Map<number, number>();
    this.indices.forEach((index, slot) => {
      const count = this.counts[slot] as number;
      if (count > 0) map.set(index, count);
    });
    return map;
  }
}

/**
 * `groups`: the customer-day cells of each customer in chronological order; `hourMask`: cell →
 * hours with sale lines (0: no sale line that day).
 */
export function countCustomers(
  groups: CellGroups,
  hourMask: Int32Array,
  calendar: DayCalendar,
): CustomerCounts {
  const levels = PERIOD_LEVELS.map((level) => {
    const periods = calendar.periodOf(level);
    return {
      level,
      periods,
      previous: PERIOD_CALENDARS[level].previous,
      customers: new PeriodCounter(periods),
      newCustomers: new PeriodCounter(periods),
      retained: new PeriodCounter(periods),
      last: Number.NaN,
    };
  });
  const dayCount = calendar.byId.length;
  const byHour = new Int32Array(dayCount * 24);
  const newByHour = new Int32Array(dayCount * 24);
  const { start, cells, b: days } = groups;
  for (let customer = 0; customer + 1 < start.length; customer++) {
    const from = start[customer] as number;
    const to = start[customer + 1] as number;
    let firstCell = -1;
    let firstAt = -1;
    for (const level of levels) level.last = Number.NaN;
    for (let i = from; i < to; i++) {
      const cell = cells[i] as number;
      const mask = hourMask[cell] as number;
      if (mask === 0) continue; // sale lines set hour bits
      if (firstCell < 0) {
        firstCell = cell;
        firstAt = i;
      }
      const dayId = days[i] as number;
      for (const level of levels) {
        const index = level.periods[dayId] as number;
        if (index === level.last) continue;
        const slot = level.customers.slotOf[dayId] as number;
        if (level.previous(index) === level.last) level.retained.increment(slot);
        level.last = index;
        level.customers.increment(slot);
      }
      // One step per hour set (usually one), lowest first.
      for (let rest = mask; rest !== 0; rest &= rest - 1) {
        const hour = dayId * 24 + 31 - Math.clz32(rest & -rest);
        byHour[hour] = (byHour[hour] as number) + 1;
      }
    }
    if (firstCell < 0) continue;
    const firstDay = days[firstAt] as number;
    for (const level of levels) level.newCustomers.increment(level.newCustomers.slotOf[firstDay] as number);
    const firstMask = hourMask[firstCell] as number;
    const firstHour = 31 - Math.clz32(firstMask & -firstMask);
    newByHour[firstDay * 24 + firstHour] = (newByHour[firstDay * 24 + firstHour] as number) + 1;
  }
  const perLevel = (pick: (level: (typeof levels)[number]) => PeriodCounter) =>
    Object.fromEntries(levels.map((level) => [level.level, pick(level).toMap()])) as Record<
      PeriodLevel,
      Map<number, number>
    >;
  return {
    customers: perLevel((level) => level.customers),
    newCustomers: perLevel((level) => level.newCustomers),
    retained: perLevel((level) => level.retained),
    customersByHour: hourRows(byHour, calendar),
    newCustomersByHour: hourRows(newByHour, calendar),
  };
}

function hourRows(counts: Int32Array, calendar: DayCalendar): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  calendar.byId.forEach((day, id) => {
    const hours = counts.subarray(id * 24, id * 24 + 24);
    if (hours.some((count) => count !== 0)) rows.set(day.dayIndex, Array.from(hours));
  });
  return rows;
}
