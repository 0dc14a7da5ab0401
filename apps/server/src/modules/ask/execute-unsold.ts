import type { AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { AskRefusal } from './ask-refusal';
import type { Execution } from './execute-query';
import { keyedValues } from './execute-ranking';

const dayBefore = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

/**
 * Products with a sale in `compare` (with none, on any day before the period) and none in the
 * period: net sales above zero count as a sale, so a product only returned had none. The list
 * reads the same product rows as the dashboards, with the query's branch, category, unit and
 * days of the week; those that sold most before come first. `value` is the period's net sales
 * (zero, or below with returns), `previous` the earlier period's.
 */
export async function executeUnsold(
  ctx: ServiceContext,
  query: AskQuery,
  data: { from: string | null; through: string } | null,
): Promise<Execution> {
  const period = query.period;
  if (period === null) throw new AskRefusal('combination');
  const before =
    query.compare ??
    (data?.from && data.from < period.from
      ? { grain: 'range' as const, from: data.from, to: dayBefore(period.from) }
      : null);
  // Nothing sold before the period: no product can have stopped selling.
  if (before === null) return { items: [], total: 0, months: null };
  const sales: AskQuery = { ...query, intent: 'ranking', metric: 'revenue', segment: null, compare: null };
  const [now, then] = await Promise.all([keyedValues(ctx, sales, period), keyedValues(ctx, sales, before)]);
  const nowSales = new Map(now.items.map((item) => [item.key, item.value ?? 0]));
  const unsold = then.items
    .filter((item) => (item.value ?? 0) > 0 && (nowSales.get(item.key) ?? 0) <= 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.label.localeCompare(b.label, 'es'));
  const items = unsold.slice(0, query.ranking?.limit ?? 10).map((item) => ({
    key: item.key,
    label: item.label,
    value: nowSales.get(item.key) ?? 0,
    previous: item.value,
    unit: item.unit,
  }));
  return { items, total: unsold.length, months: null };
}
