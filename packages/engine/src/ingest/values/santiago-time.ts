import type { ParsedDateTime } from '../types';
import {
  civilFromDays,
  daysFromCivil,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  wallClockAsUtcMs,
} from './calendar';

/**
 * Conversions between America/Santiago wall-clock times and UTC instants. The zone's rules
 * change by decree (2016, 2019, 2022...), so offsets come from the ICU tz data behind `Intl`,
 * never from a hard-coded rule; they are cached per wall-clock hour because a file asks for the
 * same few thousand hours a million times.
 */
export const SANTIAGO_TIME_ZONE = 'America/Santiago';

/** Epoch ms of `p`: its own offset when it carried one, else its Santiago wall-clock time. */
export function santiagoToUtc(p: ParsedDateTime): number {
  const wallMs = wallClockAsUtcMs(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond);
  if (p.offsetMinutes !== null) return wallMs - p.offsetMinutes * MS_PER_MINUTE;
  const wallHour = Math.floor(wallMs / MS_PER_HOUR);
  let offsetMs = offsetByWallHour.get(wallHour);
  if (offsetMs === undefined) {
    offsetMs = resolveWallOffset(wallHour * MS_PER_HOUR);
    remember(offsetByWallHour, wallHour, offsetMs);
  }
  return wallMs - offsetMs;
}

/** The Santiago wall-clock parts of an instant, with the offset in force (for tests, previews). */
export function utcToSantiagoParts(ms: number): ParsedDateTime {
  const offsetMs = offsetAt(ms);
  const wallMs = ms + offsetMs;
  const days = Math.floor(wallMs / MS_PER_DAY);
  const date = civilFromDays(days);
  const timeMs = wallMs - days * MS_PER_DAY;
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(timeMs / MS_PER_HOUR),
    minute: Math.floor(timeMs / MS_PER_MINUTE) % 60,
    second: Math.floor(timeMs / 1000) % 60,
    millisecond: timeMs % 1000,
    offsetMinutes: offsetMs / MS_PER_MINUTE,
  };
}

/** Transitions in Santiago are at least months apart, so ±14 h brackets at most one. */
const BRACKET_MS = 14 * MS_PER_HOUR;
const CACHE_LIMIT = 200_000;
const offsetByWallHour = new Map<number, number>();
const offsetByUtcHour = new Map<number, number>();

/**
 * The offset to subtract from a wall-clock hour (given as if it were UTC). When the hour occurs
 * twice (autumn fall-back) the first occurrence wins; when it never occurs (spring gap) the
 * offset from before the jump is used, which moves the time forward by the gap.
 */
function resolveWallOffset(wallMs: number): number {
  const before = offsetAt(wallMs - BRACKET_MS);
  const after = offsetAt(wallMs + BRACKET_MS);
  const beforeFits = offsetAt(wallMs - before) === before;
  const afterFits = offsetAt(wallMs - after) === after;
  if (beforeFits && afterFits) return Math.max(before, after); // larger offset = earlier instant
  if (afterFits) return after;
  return before;
}

/** Offset (ms east of UTC) in force in Santiago at an instant. */
function offsetAt(utcMs: number): number {
  const utcHour = Math.floor(utcMs / MS_PER_HOUR);
  const cached = offsetByUtcHour.get(utcHour);
  if (cached !== undefined) return cached;
  const offset = offsetAtHour(utcHour);
  remember(offsetByUtcHour, utcHour, offset);
  return offset;
}

/**
 * The offset at the start of a UTC hour. Intl costs ~20 µs a call and a file spans thousands
 * of hours, so each UTC day is asked at its first and last hour: when both agree, no transition
 * (they are months apart) falls inside, and every hour of the day has that offset.
 */
function offsetAtHour(utcHour: number): number {
  const firstHour = Math.floor(utcHour / 24) * 24;
  const first = intlOffsetAtHour(firstHour);
  if (utcHour === firstHour) return first;
  if (first === intlOffsetAtHour(firstHour + 23)) return first;
  return offsetFromIntl(utcHour * MS_PER_HOUR);
}

const offsetByDayEdge = new Map<number, number>();

function intlOffsetAtHour(utcHour: number): number {
  let offset = offsetByDayEdge.get(utcHour);
  if (offset === undefined) {
    offset = offsetFromIntl(utcHour * MS_PER_HOUR);
    remember(offsetByDayEdge, utcHour, offset);
  }
  return offset;
}

let formatter: Intl.DateTimeFormat | undefined;

function offsetFromIntl(utcMs: number): number {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: SANTIAGO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(utcMs)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wallMs =
    daysFromCivil(fields.year, fields.month, fields.day) * MS_PER_DAY +
    fields.hour * MS_PER_HOUR +
    fields.minute * MS_PER_MINUTE +
    fields.second * 1000;
  return wallMs - utcMs;
}

/** Bounded so a long-running worker fed decades of dates cannot grow the cache forever. */
function remember(cache: Map<number, number>, key: number, value: number): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
