import {
  civilFromDays,
  daysFromCivil,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
} from '../../ingest/values/calendar';

/**
 * UTC offset of America/Santiago at any instant, without `Intl` in the hot path. Chile changes
 * its rules by decree, so the transitions come from the ICU tz data behind `Intl`, read once
 * per UTC year (≈30 `formatToParts` calls, 0.4 ms) the first time a line of that year shows up.
 * A lookup is then a comparison against the last interval answered, or a scan of that year's
 * two or three intervals.
 */

/** One year's offsets: `starts[i]` (UTC ms) begins an interval whose offset is `offsets[i]`. */
interface YearOffsets {
  start: number;
  end: number;
  starts: number[];
  offsets: number[];
}

const years = new Map<number, YearOffsets>();
let cachedStart = 0;
let cachedEnd = -1;
let cachedOffset = 0;

/** Offset (ms east of UTC, e.g. −3 h = −10 800 000) in force in Santiago at `utcMs`. */
export function santiagoOffsetMs(utcMs: number): number {
  if (utcMs >= cachedStart && utcMs < cachedEnd) return cachedOffset;
  const year = civilFromDays(Math.floor(utcMs / MS_PER_DAY)).year;
  let table = years.get(year);
  if (table === undefined) {
    table = readYear(year);
    years.set(year, table);
  }
  let i = table.starts.length - 1;
  while (i > 0 && (table.starts[i] as number) > utcMs) i--;
  cachedStart = table.starts[i] as number;
  cachedEnd = i + 1 < table.starts.length ? (table.starts[i + 1] as number) : table.end;
  cachedOffset = table.offsets[i] as number;
  return cachedOffset;
}

/** Transitions (UTC ms and the offset from then on) inside one UTC year, for tests and docs. */
export function santiagoTransitions(year: number): { at: number; offsetMs: number }[] {
  const table = years.get(year) ?? readYear(year);
  years.set(year, table);
  return table.starts.slice(1).map((at, i) => ({ at, offsetMs: table.offsets[i + 1] as number }));
}

/**
 * Samples the offset at the start of every month; where two samples differ, a binary search
 * over whole hours finds the change (Santiago's transitions fall on whole UTC hours, and are
 * months apart, so a month holds at most one).
 */
function readYear(year: number): YearOffsets {
  const start = daysFromCivil(year, 1, 1) * MS_PER_DAY;
  const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  const starts = [start];
  const offsets = [offsetFromIntl(start)];
  for (let month = 1; month <= 12; month++) {
    const from = daysFromCivil(year, month, 1) * MS_PER_DAY;
    const to = month === 12 ? end : daysFromCivil(year, month + 1, 1) * MS_PER_DAY;
    const before = offsets[offsets.length - 1] as number;
    const after = offsetFromIntl(to - MS_PER_HOUR);
    if (after === before) continue;
    let low = from / MS_PER_HOUR; // offset === before at this hour
    let high = to / MS_PER_HOUR - 1; // offset === after at this hour
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (offsetFromIntl(mid * MS_PER_HOUR) === before) low = mid;
      else high = mid;
    }
    starts.push(high * MS_PER_HOUR);
    offsets.push(after);
  }
  return { start, end, starts, offsets };
}

let formatter: Intl.DateTimeFormat | undefined;

function offsetFromIntl(utcMs: number): number {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Santiago',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatter.formatToParts(utcMs)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wallMs =
    daysFromCivil(fields.year, fields.month, fields.day) * MS_PER_DAY +
    fields.hour * MS_PER_HOUR +
    fields.minute * MS_PER_MINUTE;
  return wallMs - Math.floor(utcMs / MS_PER_MINUTE) * MS_PER_MINUTE;
}
