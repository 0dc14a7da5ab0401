import type { DateFormat, DateOrder } from '../types';
import { parseDateTime } from '../values';

type AmbiguousOrder = Extract<DateOrder, 'dmy' | 'mdy'>;
const ORDERS: readonly AmbiguousOrder[] = ['dmy', 'mdy'];
const MS_PER_DAY = 86_400_000;

const patternOf = (order: AmbiguousOrder): DateFormat => ({ kind: 'pattern', order, pattern: order });

/**
 * The time span a date column covers under each day/month order. When no value has a day > 12
 * (so DateProfiler has no evidence), a sales export covering one week reads as Oct 1-7 under
 * mm/dd but as the 10th of seven different months under dd/mm: the reading that keeps the
 * dates together is the plausible one.
 */
export class DateSpan {
  private readonly min: Record<AmbiguousOrder, number> = { dmy: Infinity, mdy: Infinity };
  private readonly max: Record<AmbiguousOrder, number> = { dmy: -Infinity, mdy: -Infinity };

  add(text: string): void {
    if (text.trim() === '') return;
    for (const order of ORDERS) {
      const parsed = parseDateTime(text, patternOf(order));
      if (!parsed) continue;
      const day = Date.UTC(parsed.year, parsed.month - 1, parsed.day);
      if (day < this.min[order]) this.min[order] = day;
      if (day > this.max[order]) this.max[order] = day;
    }
  }

  /** Days between the first and last date under `order`; Infinity when nothing parsed. */
  spanDays(order: AmbiguousOrder): number {
    const span = this.max[order] - this.min[order];
    return Number.isFinite(span) ? Math.round(span / MS_PER_DAY) : Infinity;
  }

  /** The order whose dates stay clearly closer together (4× tighter), or null when unclear. */
  tighterOrder(): AmbiguousOrder | null {
    const dmy = this.spanDays('dmy');
    const mdy = this.spanDays('mdy');
    if (!Number.isFinite(dmy) || !Number.isFinite(mdy)) return null;
    if (mdy * 4 + 1 <= dmy) return 'mdy';
    if (dmy * 4 + 1 <= mdy) return 'dmy';
    return null;
  }
}
