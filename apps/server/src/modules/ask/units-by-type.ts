import type { AskPeriod, AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { type Row, sumMetric } from './metric-sums';
import { slicedProducts } from './read-slices';

/** A quantity of the products sold in one unit: `{ unit: 'kg', value: 1526.532 }`. */
export interface UnitsOfType {
  unit: string;
  value: number;
}

/**
 * "¿Cuántas unidades vendí?" over products sold by the unit and by the kilo adds pieces and kilos:
 * the quantity of each unit, from the products of the same days and slice, so the answer can
 * say what the total mixes. Null when one unit (or none) is sold, or a product or unit is named.
 */
export async function unitsByType(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
): Promise<UnitsOfType[] | null> {
  const { filters } = query;
  if (query.metric !== 'units' || filters.product || filters.unit || filters.customer) return null;
  const { items } = await slicedProducts(ctx, period, filters);
  const groups = new Map<string, Row[]>();
  for (const product of items) {
    const unit = product.unit_type || 'un';
    groups.set(unit, [...(groups.get(unit) ?? []), product as unknown as Row]);
  }
  if (groups.size < 2) return null;
  // Pieces first, then the other units by name.
  return [...groups]
    .map(([unit, rows]) => ({ unit, value: sumMetric(rows, 'units').value ?? 0 }))
    .sort((a, b) => (a.unit === 'un' ? -1 : b.unit === 'un' ? 1 : a.unit.localeCompare(b.unit)));
}
