import type { LocationBuckets, LocationDay } from '../accumulate/location-bucket';
import { PeriodTotals } from '../accumulate/period-totals';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS, type PeriodLevel } from '../time/periods';
import type { Nulls } from '../types';
import { sortedEntries } from './compare';
import type { GrowthFields } from './growth';
import { type PeriodGroup, type PeriodRow, periodRowsWithGrowth } from './period-core';

/** The location levels and the calendar each one follows. */
export const LOCATION_LEVELS = {
  location_day: 'day',
  location_week: 'week',
  location_month: 'month',
  location_quarter: 'quarter',
  location_year: 'year',
} as const satisfies Record<string, PeriodLevel>;
export type LocationLevel = keyof typeof LOCATION_LEVELS;

type LocationHead = { location: string | null };

/**
 * Branch (location) rows of one calendar level: the company-wide period metrics computed over
 * the branch's own lines, and growth against the branch's previous period and its same period
 * a year before. Distinct tickets and customers of a week/month/quarter/year are the union of
 * the branch's days. `new_customers` = customers whose first sale line *at this branch* falls
 * in the period (a customer new to the branch may have bought elsewhere before). A branch's
 * data starts at its first line: a period before it is `NO_PREVIOUS_PERIOD`, one after it with
 * no lines counts as zero. Empty when no line has a location; lines without one form the
 * `location: null` branch (sorted last).
 */
export function locationRows(locations: LocationBuckets, level: PeriodLevel, dataThrough: number) {
  const calendar = PERIOD_CALENDARS[level];
  const rows: (PeriodRow<LocationHead, object> & GrowthFields)[] = [];
  if (!locations.seen) return rows;
  const scratch = new Set<string>();
  for (const [location, bucket] of sortedEntries(locations.values)) {
    const days = [...bucket.days.values()].sort((a, b) => a.dayIndex - b.dayIndex);
    const first = days[0];
    if (first === undefined) continue;
    const newCustomers = new Map<number, number>();
    for (const dayIndex of bucket.firstPurchase.values()) {
      const index = calendar.indexOf(localDay(dayIndex));
      newCustomers.set(index, (newCustomers.get(index) ?? 0) + 1);
    }
    const groups: PeriodGroup<LocationHead, object>[] = [];
    let start = 0;
    while (start < days.length) {
      const index = calendar.indexOf(localDay((days[start] as LocationDay).dayIndex));
      let end = start + 1;
      while (end < days.length && calendar.indexOf(localDay((days[end] as LocationDay).dayIndex)) === index)
        end++;
      const members = days.slice(start, end);
      start = end;
      let totals: PeriodTotals;
      if (members.length === 1) totals = (members[0] as LocationDay).totals;
      else {
        totals = new PeriodTotals();
        for (const day of members) totals.merge(day.totals);
      }
      const nulls: Nulls = {};
      groups.push({
        index,
        totals,
        tickets: {
          transactions: distinct(members, (day) => day.saleTickets, scratch),
          returns: distinct(members, (day) => day.returnTickets, scratch),
        },
        customers: distinct(members, (day) => day.customers, scratch),
        newCustomers: newCustomers.get(index) ?? 0,
        head: { location },
        extra: {},
        nulls,
      });
    }
    for (const row of periodRowsWithGrowth(calendar, groups, { dataFrom: first.dayIndex, dataThrough }))
      rows.push(row);
  }
  return rows;
}

/** Distinct values over the days of a period (a day alone needs no union). */
function distinct(
  days: LocationDay[],
  pick: (day: LocationDay) => Set<string>,
  scratch: Set<string>,
): number {
  if (days.length === 1) return pick(days[0] as LocationDay).size;
  for (const day of days) for (const value of pick(day)) scratch.add(value);
  const size = scratch.size;
  scratch.clear();
  return size;
}
