import { countFeatureValues } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { read } from './breakdown-query';

/** Products sold in a unit: `un` also takes those whose files name none (read as counts). */
export const PRODUCTS_WITHOUT_UNIT = 'un';
export const unitFilter = (unit: string) => ({
  field: 'unit_type',
  value: unit,
  orMissing: unit === PRODUCTS_WITHOUT_UNIT,
});

/** The units the company's products are sold in, most products first. */
export async function productUnits(ctx: ServiceContext): Promise<string[]> {
  const { result } = await read(ctx, (tx) =>
    countFeatureValues(tx, ctx.companyId, { level: 'product', field: 'unit_type' }),
  );
  const counts = new Map<string, number>();
  for (const { value, rows } of result) {
    const unit = unitOfProduct(value);
    counts.set(unit, (counts.get(unit) ?? 0) + rows);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([unit]) => unit);
}

/** A product's unit for the filter: none named reads as counted units. */
export const unitOfProduct = (unitType: string | null) => unitType ?? PRODUCTS_WITHOUT_UNIT;
