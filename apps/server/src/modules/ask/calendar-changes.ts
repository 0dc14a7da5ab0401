import type { AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import type { Execution } from './execute-query';
import { type Item, keyedValues, rank } from './execute-ranking';

/*
 * "¿Qué mes creció más?": each calendar period against the one just before it, ranked by the
 * change. A period the data holds only in part (the first, begun mid-month; the one running) is
 * neither ranked nor compared with: its change would be the data starting or ending. A period
 * without sales has no row, so the one after it is not compared either.
 */

const DAY_MS = 86_400_000;
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export async function rankCalendarChanges(
  ctx: ServiceContext,
  query: AskQuery,
  ranking: NonNullable<AskQuery['ranking']>,
  data: { from: string | null; through: string } | null,
): Promise<Execution> {
  // Every period of the data: the first one asked needs the one before it.
  const { items } = await keyedValues(ctx, query, null, data);
  const periods = items
    .filter((item): item is Item & { start: string; end: string } => !!item.start && !!item.end)
    .sort((a, b) => a.start.localeCompare(b.start));
  const asked = (item: { start: string }) =>
    query.period === null || (item.start >= query.period.from && item.start <= query.period.to);
  const whole = (item: Item) => data === null || !coveredInPart(item, data);
  const current: Item[] = [];
  const previous: Item[] = [];
  periods.forEach((item, index) => {
    const before = periods[index - 1];
    if (!asked(item) || !before || !whole(item) || !whole(before)) return;
    if (nextDay(before.end) !== item.start) return;
    current.push(item);
    previous.push({ ...before, key: item.key });
  });
  const partial = periods.filter((item) => asked(item) && !whole(item));
  return {
    items: rank(current, previous, ranking),
    months: null,
    ...(partial.length > 0 ? { partial } : {}),
  };
}

/** A calendar period that begins before the data or ends after its last day. */
export const coveredInPart = (item: Item, data: { from: string | null; through: string }) =>
  item.start !== undefined &&
  item.end !== undefined &&
  ((data.from !== null && item.start < data.from) || item.end > data.through);
