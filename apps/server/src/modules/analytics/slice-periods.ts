import type { AnalyticsPeriod } from '@ayni/contracts';
import type { LineSliceGrain } from '@ayni/db';
import { type RangeQuery, snapToMonths } from './breakdown-query';

/*
 * A range widened to whole calendar periods of a grain (ISO weeks from Monday), so every period
 * row of a sliced series sums all its days, as the stored period levels do.
 */

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

function weekBounds(day: string): [string, string] {
  const date = toDate(day);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS);
  return [iso(monday), iso(new Date(monday.getTime() + 6 * DAY_MS))];
}

function quarterBounds(day: string): [string, string] {
  const year = Number(day.slice(0, 4));
  const first = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0));
  return [`${year}-${pad(first)}-01`, iso(last)];
}

export function snapToGrain(query: RangeQuery, grain: LineSliceGrain): AnalyticsPeriod {
  if (!query.from && !query.to) return null;
  if (grain === 'day') return { from: query.from ?? null, to: query.to ?? null };
  if (grain === 'month') return snapToMonths(query);
  const bounds = (day: string): [string, string] => {
    if (grain === 'week') return weekBounds(day);
    if (grain === 'quarter') return quarterBounds(day);
    return [`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-12-31`];
  };
  return {
    from: query.from ? bounds(query.from)[0] : null,
    to: query.to ? bounds(query.to)[1] : null,
  };
}
