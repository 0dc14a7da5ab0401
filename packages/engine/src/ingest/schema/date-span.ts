import type { DateFormat, DateOrder } from '../types';
import { parseDateTime } from '../values';

type AmbiguousOrder = Extract<DateOrder, 'dmy' | 'mdy'>;
const MS_PER_DAY = 86_400_000;

const DMY: DateFormat = { kind: 'pattern', order: 'dmy', pattern: 'dd/mm/yyyy' };
const MDY: DateFormat = { kind: 'pattern', order: 'mdy', pattern: 'mm/dd/yyyy' };
/** Values that are not dates before a column stops being watched. */
const GIVE_UP_AFTER = 100;
/** yyyy-mm-dd reads the same under any order. */
const YEAR_FIRST = /^\s*\d{4}/;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The time span a date column covers under each day/month order. When no value has a day > 12
 * (so DateProfiler has no evidence), a sales export covering one week reads as Oct 1-7 under
 * mm/dd but as the 10th of seven different months under dd/mm: the reading that keeps the
 * dates together is the plausible one.
 */
export class DateSpan {
  private readonly min: Record<AmbiguousOrder, number> = { dmy: Infinity, mdy: Infinity };
  private readonly max: Record<AmbiguousOrder, number> = { dmy: -Infinity, mdy: -Infinity };
  private dates = 0;
  private others = 0;
  private gaveUp = false;

  add(text: string): void {
    if (this.gaveUp || text.trim() === '') return;
    const dmy = parseDateTime(text, DMY);
    if (dmy) {
      this.record('dmy', dmy.year, dmy.month, dmy.day);
      if (YEAR_FIRST.test(text)) this.record('mdy', dmy.year, dmy.month, dmy.day);
      // Same text under mm/dd: day and month swap places (when that is a date at all).
      else if (dmy.day <= 12 && dmy.month <= daysIn(dmy.year, dmy.day)) {
        this.record('mdy', dmy.year, dmy.day, dmy.month);
      }
      this.dates++;
      return;
    }
    const mdy = parseDateTime(text, MDY);
    if (mdy) {
      this.record('mdy', mdy.year, mdy.month, mdy.day);
      this.dates++;
      return;
    }
    // Not a date column: stop paying for it.
    if (++this.others > GIVE_UP_AFTER && this.others > this.dates) this.gaveUp = true;
  }

  private record(order: AmbiguousOrder, year: number, month: number, day: number): void {
    const days = Date.UTC(year, month - 1, day) / MS_PER_DAY;
    if (days < this.min[order]) this.min[order] = days;
    if (days > this.max[order]) this.max[order] = days;
  }

  /** Days between the first and last date under `order`; Infinity when nothing parsed. */
  spanDays(order: AmbiguousOrder): number {
    const span = this.max[order] - this.min[order];
    return Number.isFinite(span) ? span : Infinity;
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
