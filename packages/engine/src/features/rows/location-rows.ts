import type { DistinctDays, LocationBuckets, LocationDay } from '../accumulate/location-bucket';
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

const NONE: ReadonlyMap<number, number> = new Map();

/**
 * Branch (location) rows of one calendar level: the company-wide period metrics computed over
 * the branch's own lines, and growth against the branch's previous period and its same period
 * a year before. Distinct tickets and customers of a week/month/quarter/year: the sum over the
 * branch's days minus the ids seen on several days of the period. `new_customers` = customers
 * whose first sale line *at this branch* falls in the period (a customer new to the branch may
 * have bought elsewhere before). A branch's
 * data starts at its first line: a period before it is `NO_PREVIOUS_PERIOD`, one after it with
 * no lines counts as zero. Empty when no line has a location; lines without one form the
 * `location: null` branch (sorted last).
 */
export function locationRows(locations: LocationBuckets, level: PeriodLevel, dataThrough: number) {
  const calendar = PERIOD_CALENDARS[level];
  const rows: (PeriodRow<LocationHead, object> & GrowthFields)[] = [];
  if (!locations.seen) return rows;
  for (const [location, bucket] of sortedEntries(locations.values)) {
    const days = [...bucket.days.values()].sort((a, b) => a.dayIndex - b.dayIndex);
    const first = days[0];
    if (first === undefined) continue;
    const newCustomers = new Map<number, number>();
    for (const dayIndex of bucket.customers.firstDays()) {
      const index = calendar.indexOf(localDay(dayIndex));
      newCustomers.set(index, (newCustomers.get(index) ?? 0) + 1);
    }
    // Single days need no correction: an id counts once per day already.
    const overcount = (ids: DistinctDays) => (level === 'day' ? NONE : ids.overcount(calendar));
    const repeatedSales = overcount(bucket.saleTickets);
    const repeatedReturns = overcount(bucket.returnTickets);
    const repeatedCustomers = overcount(bucket.customers);
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
      const counts = { transactions: 0, returns: 0, customers: 0 };
      if (members.length === 1) totals = (members[0] as LocationDay).totals;
      else totals = new PeriodTotals();
      for (const day of members) {
        if (members.length > 1) totals.merge(day.totals);
        counts.transactions += day.transactions;
        counts.returns += day.returns;
        counts.customers += day.customers;
      }
      const nulls: Nulls = {};
      groups.push({
        index,
        totals,
        tickets: {
          transactions: counts.transactions - (repeatedSales.get(index) ?? 0),
          returns: counts.returns - (repeatedReturns.get(index) ?? 0),
        },
        customers: counts.customers - (repeatedCustomers.get(index) ?? 0),
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
