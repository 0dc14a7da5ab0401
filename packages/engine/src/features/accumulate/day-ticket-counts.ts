/** Distinct tickets per local day, and per day and hour. */
export interface DayTickets {
  byDay: Map<number, number>;
  byHour: Map<number, number[]>;
}

/**
 * Counts ticket-days into `DayTickets`: one per ticket-day, and one in each hour its bit mask
 * holds. Ticket-days mostly come grouped by day, so the current day's counts are kept at hand.
 */
export class DayTicketCounter {
  private readonly counts: DayTickets;
  private day = Number.NaN;
  private tickets = 0;
  private hours: number[] = [];

  /** Carries on from a copy of `from`, left as it is. */
  constructor(from?: DayTickets) {
    this.counts = {
      byDay: new Map(from?.byDay),
      byHour: new Map(from === undefined ? [] : [...from.byHour].map(([day, hours]) => [day, [...hours]])),
    };
  }

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

  /** The counts so far (counting may go on after). */
  counted(): DayTickets {
    this.select(Number.NaN);
    return this.counts;
  }

  private select(dayIndex: number): void {
    if (!Number.isNaN(this.day)) this.counts.byDay.set(this.day, this.tickets);
    this.day = dayIndex;
    if (Number.isNaN(dayIndex)) return;
    this.tickets = this.counts.byDay.get(dayIndex) ?? 0;
    let hours = this.counts.byHour.get(dayIndex);
    if (hours === undefined) {
      hours = new Array<number>(24).fill(0);
      this.counts.byHour.set(dayIndex, hours);
    }
    this.hours = hours;
  }
}
