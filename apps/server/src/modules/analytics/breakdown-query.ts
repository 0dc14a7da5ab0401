import type { AnalyticsPeriod } from '@ayni/contracts';
import { type Database, type FeatureSort, getFeatureRowsOf, getFeatureState, inCompany } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { assertRange } from './metrics.service';

export interface Page<T> {
  items: T[];
  total: number;
  period: AnalyticsPeriod;
  dataThrough: string | null;
}

export type RangeQuery = { from?: string; to?: string };
export type Nulls = Record<string, string>;

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Real calendar dates, `from` not after `to`. */
export function checkRange(query: RangeQuery): void {
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && !isRealDate(value)) {
      throw new AppError('VALIDATION_ERROR', `\`${name}\` is not a real date`, {
        messageEs: 'La fecha no existe en el calendario',
        details: [{ field: `querystring.${name}`, message: 'not a real calendar date' }],
      });
    }
  }
  assertRange(query);
}

const lastDayOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Monthly levels: `from` back to the 1st of its month, `to` on to the last day of its month. */
export function snapToMonths(query: RangeQuery): AnalyticsPeriod {
  if (!query.from && !query.to) return null;
  return {
    from: query.from ? `${query.from.slice(0, 7)}-01` : null,
    to: query.to ? lastDayOfMonth(query.to) : null,
  };
}

export const asDays = (query: RangeQuery): AnalyticsPeriod =>
  query.from || query.to ? { from: query.from ?? null, to: query.to ?? null } : null;

export const rangeOf = (period: AnalyticsPeriod) => ({
  from: period?.from ?? undefined,
  to: period?.to ?? undefined,
});

/** `-revenue` → revenue descending; `aliases` turns API names into repository keys. */
export function parseSort(sort: string, aliases: Record<string, string> = {}): FeatureSort {
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  return { by: aliases[name] ?? name, descending };
}

/** Reads in the company's scope, with `data_through` in the same snapshot. */
export async function read<T>(ctx: ServiceContext, work: (tx: Database) => Promise<T>) {
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const result = await work(tx);
    const state = await getFeatureState(tx, ctx.companyId);
    return { result, dataThrough: state?.dataThrough ?? null };
  });
}

export const notFound = (what: string, whatEs: string) =>
  new AppError('NOT_FOUND', `${what} not found`, { messageEs: `${whatEs} no encontrado` });

/** Lifetime feature rows (`product`, `customer`…) of some entities, by entity. */
export async function lifetimeRows(tx: Database, companyId: string, level: string, entities: string[]) {
  const rows = await getFeatureRowsOf(tx, companyId, level, entities);
  return new Map(rows.map((r) => [r.entity, r]));
}
