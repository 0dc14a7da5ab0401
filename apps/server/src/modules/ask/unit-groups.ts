import type { AskMetric, AskPeriod, AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { AskRefusal } from './ask-refusal';
import type { Keyed } from './execute-ranking';
import { ENTITY_SALES_METRICS } from './execute-value';
import { type Row, sumMetric } from './metric-sums';
import { slicedProducts } from './read-slices';
import { allLocations } from './read-sources';

/** Sums of product rows; a share of the sales is of each product's own whole, not added here. */
const SUMMED: readonly AskMetric[] = ENTITY_SALES_METRICS.filter((metric) => metric !== 'revenue_share_pct');

/**
 * Categories or branches ranked by the products sold in one unit ("¿cuántos kilos vendí por
 * categoría?"): kilos and units never add up, so only those products' rows are summed, over the
 * exact days with the query's slice. A product is grouped under its category.
 */
export async function keyedByUnit(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
): Promise<Keyed> {
  const { by, metric, filters } = query;
  // One product is sold in one unit; a customer's lines are no product list.
  if (filters.product || filters.customer) throw new AskRefusal('combination');
  if (!SUMMED.includes(metric)) throw new AskRefusal('metric_not_at_level');
  const ofUnit = async (location: string | null) => {
    const { items } = await slicedProducts(ctx, period, { ...filters, location });
    return items.filter((p) => p.unit_type === filters.unit);
  };
  const item = (key: string, rows: readonly Row[]) => ({
    key,
    label: key || '—',
    value: rows.length > 0 ? sumMetric(rows, metric).value : null,
    unit: filters.unit,
  });
  if (by === 'category') {
    const groups = new Map<string, Row[]>();
    for (const product of await ofUnit(filters.location)) {
      const key = product.category ?? '';
      groups.set(key, [...(groups.get(key) ?? []), product as unknown as Row]);
    }
    return { items: [...groups].map(([key, rows]) => item(key, rows)), months: null };
  }
  const { items: branches } = await allLocations(ctx, period);
  const named = branches.flatMap((branch) => (branch.location === null ? [] : [branch.location]));
  const list = await Promise.all(
    named.map(async (location) => item(location, (await ofUnit(location)) as unknown as Row[])),
  );
  return { items: list.filter((entry) => entry.value !== null), months: null };
}
