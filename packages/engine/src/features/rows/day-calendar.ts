import type { DayBucket } from '../accumulate/day-bucket';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS, type PeriodLevel } from '../time/periods';
import { type PeriodHead, periodHeadOf } from './period-heads';

/**
 * The accumulator's days, looked up by id when rows are built: their chronological rank,
 * period index at each calendar level and row head, each computed once per day, so walking
 * 800k product-day cells reads arrays instead of calendars and maps.
 */
export class DayCalendar {
  /** Days in chronological order. */
  readonly sorted: DayBucket[];
  /** id → position in `sorted` */
  readonly rank: Int32Array;
  /** id → day index, month index */
  readonly dayIndex: Float64Array;
  readonly monthIndex: Float64Array;
  private readonly periods = new Map<PeriodLevel, Float64Array>();
  private dayHeads: PeriodHead[] | null = null;

  constructor(readonly byId: readonly DayBucket[]) {
    this.sorted = [...byId].sort((a, b) => a.dayIndex - b.dayIndex);
    this.rank = new Int32Array(byId.length);
    this.sorted.forEach((day, position) => {
      this.rank[day.id] = position;
    });
    this.dayIndex = Float64Array.from(byId, (day) => day.dayIndex);
    this.monthIndex = Float64Array.from(byId, (day) => day.monthIndex);
  }

  /** id → index of the day's period at `level` */
  periodOf(level: PeriodLevel): Float64Array {
    let periods = this.periods.get(level);
    if (periods === undefined) {
      const calendar = PERIOD_CALENDARS[level];
      periods = Float64Array.from(this.byId, (day) => calendar.indexOf(localDay(day.dayIndex)));
      this.periods.set(level, periods);
    }
    return periods;
  }

  /** Key and bounds of the day with this id, as a row head. */
  dayHead(id: number): PeriodHead {
    this.dayHeads ??= this.byId.map((day) => periodHeadOf('day', day.dayIndex));
    return this.dayHeads[id] as PeriodHead;
  }
}
