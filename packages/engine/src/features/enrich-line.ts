import { toCents } from './accumulate/line-amounts';
import { money, percent } from './rows/numbers';
import { type DayPart, dayPartOf } from './time/day-part';
import { type LocalClock, localDay, readLocalClock } from './time/local-day';
import type { FeatureLine } from './types';

/** A line with its local calendar fields and derived amounts (the catalog's 'line' level). */
export type EnrichedLine = FeatureLine & {
  local_date: string;
  hour: number;
  weekday: number;
  day_part: DayPart;
  is_weekend: boolean;
  /** priceTotal / quantity, to the cent; null when the quantity is 0. */
  unit_price: number | null;
  /** priceTotal − costTotal; null without cost. */
  line_margin: number | null;
  line_margin_pct: number | null;
};

const clock: LocalClock = { dayIndex: 0, hour: 0 };

export function enrichLine(line: FeatureLine): EnrichedLine {
  const { dayIndex, hour } = readLocalClock(line.soldAt, clock);
  const day = localDay(dayIndex);
  const total = toCents(line.priceTotal);
  const margin = line.costTotal === null ? null : total - toCents(line.costTotal);
  return {
    ...line,
    local_date: day.date,
    hour,
    weekday: day.weekday,
    day_part: dayPartOf(hour),
    is_weekend: day.isWeekend,
    unit_price: line.quantity === 0 ? null : Math.round((line.priceTotal / line.quantity) * 100) / 100 + 0,
    line_margin: margin === null ? null : money(margin),
    line_margin_pct: margin === null || total === 0 ? null : percent(margin, total),
  };
}

/** Streams enriched lines (one at a time: the line level is never collected by the engine). */
export function* enrichLines(lines: Iterable<FeatureLine>): Generator<EnrichedLine> {
  for (const line of lines) yield enrichLine(line);
}
