import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * Everything one local day needs, hours included. Tickets are kept as a map from transId to a
 * 24-bit mask of the hours they had sale lines in: one map operation per line counts distinct
 * tickets for the day and for each of its hours. Weeks, months, quarters and years are rolled
 * up from days at the end.
 */
export class DayBucket {
  readonly totals = new PeriodTotals();
  readonly hours: (PeriodTotals | undefined)[] = new Array(24).fill(undefined);
  /** transId → hour mask, for sale lines (total > 0). */
  readonly saleTickets = new Map<string, number>();
  /** transId → hour mask, for return lines (total < 0); created on the first return. */
  returnTickets: Map<string, number> | null = null;

  constructor(
    readonly dayIndex: number,
    readonly monthIndex: number,
  ) {}

  add(amounts: LineAmounts, hour: number, transId: string): void {
    this.totals.add(amounts);
    let hourTotals = this.hours[hour];
    if (hourTotals === undefined) {
      hourTotals = new PeriodTotals();
      this.hours[hour] = hourTotals;
    }
    hourTotals.add(amounts);
    if (amounts.sign === 0) return;
    const bit = 1 << hour;
    let tickets = this.saleTickets;
    if (amounts.sign < 0) {
      this.returnTickets ??= new Map();
      tickets = this.returnTickets;
    }
    const mask = tickets.get(transId);
    if (mask === undefined) tickets.set(transId, bit);
    else if ((mask & bit) === 0) tickets.set(transId, mask | bit);
  }
}

/** Distinct tickets per hour from a transId → hour-mask map. */
export function ticketsPerHour(tickets: Map<string, number> | null): number[] {
  const counts = new Array<number>(24).fill(0);
  if (tickets === null) return counts;
  for (const mask of tickets.values()) {
    for (let rest = mask, hour = 0; rest !== 0; rest >>>= 1, hour++)
      if (rest & 1) counts[hour] = (counts[hour] ?? 0) + 1;
  }
  return counts;
}
