import { formatDate, localDayIndexOf, parseDate } from '../time/local-day';
import { FEATURE_LEVELS, type FeatureChange, type FeatureLevel } from '../types';

/**
 * The levels whose rows, after a change, start at `rows_from`; every other level comes
 * complete: the profiles (lifetimes), and the branches, whose rows all appear or go when the
 * first line with a branch does (lines without one then form the `location: null` branch).
 */
export const LEVELS_BUILT_FROM_ROWS_FROM: readonly FeatureLevel[] = FEATURE_LEVELS.filter(
  (level) => level !== 'product' && level !== 'customer' && !level.startsWith('location_'),
);

/**
 * The first local day (index) whose period rows a change can alter; rows of periods ending
 * before it are as they were. A dated row depends only on the lines up to its period's end:
 * its own lines, the previous period and the same period a year before (growth, retention),
 * each customer's first purchase (new customers), and the data's bounds. The first day of the
 * data only moves when the change touches a day at or before it (then every row is rebuilt);
 * `data_through` also moves when the latest lines change, and a period ending after it is
 * `partial`: so when it moved, rows from the earlier of the two bounds on are rebuilt too.
 * Null: rebuild every row (nothing was built before).
 */
export function datedRowsFrom(change: FeatureChange, dataThrough: number | null): number | null {
  if (change.previousDataThrough === null) return null;
  const previous = parseDate(change.previousDataThrough);
  if (previous === null) return null;
  // No line touched: nothing dated changes (a day after the data's end builds no row).
  let from =
    change.earliestTouchedAt === null
      ? Math.max(previous, dataThrough ?? previous) + 1
      : localDayIndexOf(change.earliestTouchedAt);
  if (!Number.isFinite(from)) return null;
  if (dataThrough !== previous) from = Math.min(from, previous, dataThrough ?? previous);
  return from;
}

/** The same as a date, for callers that replace stored rows from that day on. */
export const datedRowsFromDate = (from: number | null): string | null =>
  from === null ? null : formatDate(from);
