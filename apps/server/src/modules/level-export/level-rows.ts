import {
  type ExportLevel,
  type HoursQuery,
  METRIC_GRAINS,
  type MetricGrain,
  sortRows,
} from '@ayni/contracts';
import { forEachLifetimeRowBatch, inCompany } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import type { Page } from '../analytics/breakdown-query';
import { listCategories, listHours, listLocationSales } from '../analytics/breakdowns.service';
import { customerSliceRows } from '../analytics/customer-slices';
import { getMetrics } from '../analytics/metrics.service';
import { listProducts } from '../analytics/product-breakdowns';
import { unitFilter } from '../analytics/product-units';
import { listPaymentMethodSales, listSellerSales } from '../analytics/seller-payment-sales';
import type { ExportRow } from './row-writer';

/** Rows read from PostgreSQL per batch (and per write to the client). */
export const EXPORT_BATCH_ROWS = 2000;

export interface ExportFilters {
  from?: string;
  to?: string;
  location?: string;
  /** Products only: those sold in this unit. */
  unit?: string;
  sort: string;
  /** The file's language: the grid's weekdays are written as names. */
  lang?: 'es' | 'en';
}

const WEEKDAYS = {
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** Hands the level's rows to `onBatch`, in the explorer's order, a batch at a time. */
export type RowSource = (onBatch: (rows: ExportRow[]) => Promise<void>) => Promise<void>;

const isPeriodLevel = (level: ExportLevel): level is MetricGrain =>
  (METRIC_GRAINS as readonly string[]).includes(level);

const parseSort = (sort: string, aliases: Record<string, string>) => {
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  return { by: aliases[name] ?? name, descending };
};

/**
 * The rows of the explorer's view of `level`, every page:
 * - period levels: `/metrics` (whole, bounded by the number of periods), sorted like the explorer;
 * - products and customers without a monthly range (the levels that grow with the business):
 *   a cursor over their lifetime rows in the explorer API's order, one batch at a time;
 * - products over a range, categories and branches: the explorer's own services, page after
 *   page (sums per entity computed by PostgreSQL), inside one repeatable-read transaction so
 *   every page comes from the same snapshot.
 */
export function levelRowSource(ctx: ServiceContext, level: ExportLevel, filters: ExportFilters): RowSource {
  if (isPeriodLevel(level)) {
    return async (onBatch) => {
      const { periods } = await getMetrics(ctx, {
        grain: level,
        from: filters.from,
        to: filters.to,
        location: filters.location,
      });
      const sorted = sortRows(periods as unknown as ExportRow[], filters.sort);
      for (let i = 0; i < sorted.length; i += EXPORT_BATCH_ROWS)
        await onBatch(sorted.slice(i, i + EXPORT_BATCH_ROWS));
    };
  }
  if (level === 'hour') {
    return async (onBatch) => {
      const { items } = await listHours(ctx, {
        from: filters.from,
        to: filters.to,
        location: filters.location,
        // Checked against HOUR_SORTS by the service (`EXPORT_SORTS.hour`).
        sort: filters.sort as HoursQuery['sort'],
        page: 1,
        page_size: 168,
      });
      const names = WEEKDAYS[filters.lang ?? 'es'];
      await onBatch(items.map((cell) => ({ ...cell, weekday: names[cell.weekday - 1] ?? cell.weekday })));
    };
  }
  const ranged = Boolean(filters.from || filters.to);
  if (level === 'customer' && ranged) {
    // Customers over a range are their own lines of those days (`/customers?from=&to=`).
    return (onBatch) =>
      inCompany(
        ctx.db,
        ctx.companyId,
        async (tx) => {
          const range = { from: filters.from, to: filters.to };
          const { items } = await customerSliceRows({ ...ctx, db: tx }, range);
          const sorted = sortRows(items as unknown as ExportRow[], filters.sort);
          for (let i = 0; i < sorted.length; i += EXPORT_BATCH_ROWS)
            await onBatch(sorted.slice(i, i + EXPORT_BATCH_ROWS));
        },
        { isolationLevel: 'repeatable read' },
      );
  }
  if (level === 'customer' || (level === 'product' && !ranged)) {
    const entity = level === 'customer' ? 'customer_id' : 'product_id';
    const sort = parseSort(
      filters.sort,
      level === 'customer' ? { customer_id: 'entity' } : { product_id: 'entity', name: 'label' },
    );
    const text = level === 'customer' && ['first_purchase', 'last_purchase'].includes(sort.by);
    return (onBatch) =>
      inCompany(
        ctx.db,
        ctx.companyId,
        async (tx) => {
          await forEachLifetimeRowBatch(
            tx,
            ctx.companyId,
            {
              level,
              sort: { ...sort, text },
              where: level === 'product' && filters.unit ? unitFilter(filters.unit) : undefined,
            },
            EXPORT_BATCH_ROWS,
            (rows) => onBatch(rows.map((r) => ({ [entity]: r.entity, ...r.values }))),
          );
        },
        { isolationLevel: 'repeatable read' },
      );
  }
  const list = {
    product: listProducts,
    category: listCategories,
    location: listLocationSales,
    seller: listSellerSales,
    payment_method: listPaymentMethodSales,
  }[level] as (
    ctx: ServiceContext,
    query: { from?: string; to?: string; sort: string; page: number; page_size: number; unit?: string },
  ) => Promise<Page<ExportRow>>;
  return (onBatch) =>
    inCompany(
      ctx.db,
      ctx.companyId,
      async (tx) => {
        const inSnapshot = { ...ctx, db: tx };
        for (let page = 1; ; page++) {
          const { items, total } = await list(inSnapshot, {
            from: filters.from,
            to: filters.to,
            sort: filters.sort,
            page,
            page_size: EXPORT_BATCH_ROWS,
            ...(level === 'product' && filters.unit ? { unit: filters.unit } : {}),
          });
          if (items.length > 0) await onBatch(items);
          if (page * EXPORT_BATCH_ROWS >= total || items.length === 0) return;
        }
      },
      { isolationLevel: 'repeatable read' },
    );
}
