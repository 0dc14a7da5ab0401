import type {
  AnalyticsPeriod,
  ProductDetail,
  ProductDetailQuery,
  ProductSales,
  ProductsQuery,
} from '@ayni/contracts';
import {
  aggregateFeatureRows,
  type FeatureAggregate,
  type FeatureRow,
  getFeatureRow,
  listEntityFeatureRows,
  listFeatureRows,
} from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import { avgUnitPrice, centsOf, countOf, SUM_FIELDS, share, sumView } from './breakdown-math';
import {
  checkRange,
  lifetimeRows,
  type Nulls,
  notFound,
  type Page,
  parseSort,
  rangeOf,
  read,
  snapToMonths,
} from './breakdown-query';
import { periodView } from './metrics.service';
import { unitFilter } from './product-units';
import { isSliced, listSlicedProducts } from './slice-breakdowns';

function emptyAggregate(entity: string): FeatureAggregate {
  return { entity, label: null, rows: 0, sums: {}, present: {} };
}

const PRODUCT_SUMS = [...SUM_FIELDS, 'days_sold', 'avg_unit_price'] as const;

function productLifetimeView(row: FeatureRow): ProductSales {
  return { product_id: row.entity, ...(row.values as object) } as ProductSales;
}

function productRangeView(agg: FeatureAggregate, lifetime: FeatureRow | undefined, totalCents: number) {
  const nulls: Nulls = {};
  const values = (lifetime?.values ?? {}) as Record<string, unknown>;
  const sums = sumView(agg, nulls);
  const daysSold = (agg.present.days_sold ?? 0) > 0 ? countOf(agg.sums.days_sold) : null;
  if (daysSold === null) nulls.days_sold = 'NO_SALES';
  return {
    product_id: agg.entity,
    description: (values.description as string | null | undefined) ?? null,
    category: (values.category as string | null | undefined) ?? null,
    unit_type: (values.unit_type as string | null | undefined) ?? null,
    ...sums,
    days_sold: daysSold,
    avg_unit_price: avgUnitPrice(agg, nulls),
    revenue_share_pct: share(centsOf(agg.sums.revenue), totalCents, nulls),
    nulls,
  } as unknown as ProductSales;
}

/**
 * Products: lifetime rows without a range; with one, the `product_month` rows of the months
 * overlapping it, summed per product (ratios recomputed from the sums). A slice: its lines.
 * `unit`: only the products sold in it.
 */
export async function listProducts(ctx: ServiceContext, query: ProductsQuery): Promise<Page<ProductSales>> {
  if (isSliced(query)) return listSlicedProducts(ctx, query);
  checkRange(query);
  const where = query.unit === undefined ? undefined : unitFilter(query.unit);
  const period = snapToMonths(query);
  const sort = parseSort(query.sort, { product_id: 'entity', name: 'label' });
  const page = toLimitOffset(query);
  const { result, dataThrough } = await read(ctx, async (tx) => {
    if (period === null) {
      const { rows, total } = await listEntityFeatureRows(tx, ctx.companyId, {
        level: 'product',
        sort,
        where,
        ...page,
      });
      return { items: rows.map(productLifetimeView), total };
    }
    const { rows, total, revenueTotal } = await aggregateFeatureRows(tx, ctx.companyId, {
      level: 'product_month',
      sums: PRODUCT_SUMS,
      ...rangeOf(period),
      // The description is only needed in SQL to sort by it.
      label: sort.by === 'label' ? { level: 'product', field: 'description' } : undefined,
      where: where && { ...where, level: 'product' },
      sort,
      ...page,
    });
    const lifetime = await lifetimeRows(
      tx,
      ctx.companyId,
      'product',
      rows.map((r) => r.entity),
    );
    const totalCents = centsOf(revenueTotal);
    return {
      items: rows.map((agg) => productRangeView(agg, lifetime.get(agg.entity), totalCents)),
      total,
    };
  });
  return { ...result, period, dataThrough };
}

/** One product: its lifetime row, its months (in the range, if any) and the range summed. */
export async function getProduct(
  ctx: ServiceContext,
  productId: string,
  query: ProductDetailQuery,
): Promise<{ detail: ProductDetail; period: AnalyticsPeriod; dataThrough: string | null }> {
  checkRange(query);
  const period = snapToMonths(query);
  const { result, dataThrough } = await read(ctx, async (tx) => {
    const lifetime = await getFeatureRow(tx, ctx.companyId, { level: 'product', entity: productId });
    if (lifetime === null) throw notFound('Product', 'Producto');
    const months = await listFeatureRows(tx, ctx.companyId, {
      level: 'product_month',
      entity: productId,
      ...rangeOf(period),
    });
    let range: ProductSales | null = null;
    if (period !== null) {
      const base = { level: 'product_month', sums: PRODUCT_SUMS, ...rangeOf(period) };
      const sort = { by: 'entity', descending: false };
      const own = await aggregateFeatureRows(tx, ctx.companyId, {
        ...base,
        entity: productId,
        sort,
        limit: 1,
        offset: 0,
      });
      // Only the total over every product, for the share.
      const all = await aggregateFeatureRows(tx, ctx.companyId, { ...base, sort, limit: 0, offset: 0 });
      const agg: FeatureAggregate = own.rows[0] ?? emptyAggregate(productId);
      range = productRangeView(agg, lifetime, centsOf(all.revenueTotal));
    }
    return { product: productLifetimeView(lifetime), range, months: months.map(periodView) };
  });
  return { detail: result as unknown as ProductDetail, period, dataThrough };
}
