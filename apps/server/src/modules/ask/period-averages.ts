import type { AskMetric, AskPeriod, AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { moneyPer } from '../analytics/breakdown-math';
import type { Figure, Row } from './metric-sums';
import { allLocations, periodRows } from './read-sources';

/*
 * Net sales per month or per week on average ("¿cuánto vendo al mes?"): the whole calendar
 * months (or ISO weeks, Monday to Sunday) of the period that the data covers from their first
 * day to their last, each counted even when it sold nothing; a month the data holds only part of
 * (the one in progress, or the first, begun mid-month) would pull the average down, so it is left
 * out and named.
 */

export const PERIOD_AVERAGES = { avg_monthly_revenue: 'month', avg_weekly_revenue: 'week' } as const;
type PeriodAverage = keyof typeof PERIOD_AVERAGES;

export const isPeriodAverage = (metric: AskMetric): metric is PeriodAverage => metric in PERIOD_AVERAGES;

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The calendar months or ISO weeks that begin in `[from, to]`, as `[first, last]` days. */
export function periodsOf(grain: 'month' | 'week', from: string, to: string): [string, string][] {
  const spans: [string, string][] = [];
  let start = grain === 'week' ? addDays(from, 1 - isoWeekday(from)) : `${from.slice(0, 7)}-01`;
  while (start <= to) {
    const next =
      grain === 'week'
        ? addDays(start, 7)
        : new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 1))
            .toISOString()
            .slice(0, 10);
    spans.push([start, addDays(next, -1)]);
    start = next;
  }
  return spans;
}

export async function periodAverage(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
  data: { from: string | null; through: string } | null,
): Promise<Figure> {
  const grain = PERIOD_AVERAGES[query.metric as PeriodAverage];
  const dataFrom = data?.from;
  if (!data || !dataFrom) return { value: null, missing: 'no_data' };
  const from = period?.from ?? dataFrom;
  const to = period?.to ?? data.through;
  const spans = periodsOf(grain, from, to);
  // Whole: inside the data and inside the period asked.
  const inside = ([first, last]: [string, string]) =>
    first >= dataFrom && last <= data.through && first >= from && last <= to;
  const whole = spans.filter(inside);
  // Named as left out: those the data cuts (one the edge of a period asked cuts is not in it).
  const inPeriod = ([first, last]: [string, string]) =>
    !period || (first >= period.from && last <= period.to);
  const partial = spans.filter(
    (span) => inPeriod(span) && span[1] >= dataFrom && span[0] <= data.through && !inside(span),
  );
  const first = whole[0]?.[0];
  const last = whole.at(-1)?.[1];
  if (!first || !last) return { value: null, missing: 'no_data', periods: { whole: 0, partial } };
  const rows = await periodRows(
    ctx,
    { grain: 'range', from: first, to: last },
    query.filters.location,
    grain,
  );
  const cents = rows
    .filter((row: Row) => (row.period_start as string) >= first && (row.period_end as string) <= last)
    .reduce((sum, row) => sum + Math.round(((row.revenue as number | null) ?? 0) * 100), 0);
  return { value: moneyPer(cents, whole.length), periods: { whole: whole.length, partial } };
}

/** Each branch's sales per month or week on average, over the same whole months or weeks. */
export async function branchPeriodAverages(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
  data: { from: string | null; through: string } | null,
) {
  const { items } = await allLocations(ctx, period);
  const named = items.flatMap((l) => (l.location === null ? [] : [l.location]));
  return Promise.all(
    named.map(async (location) => {
      const figure = await periodAverage(
        ctx,
        { ...query, filters: { ...query.filters, location } },
        period,
        data,
      );
      return { key: location, label: location, value: figure.value, periods: figure.periods };
    }),
  );
}
