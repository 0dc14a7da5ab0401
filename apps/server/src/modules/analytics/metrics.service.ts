import type { MetricPeriod, MetricsQuery } from '@ayni/contracts';
import {
  type FeatureRow,
  getFeatureState,
  hasIdentifiedCustomers,
  inCompany,
  inSequence,
  listFeatureRows,
} from '@ayni/db';
import { addCalendarDays as addDaysIso } from '@ayni/engine';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { type MacroRevenueMeta, withMacroRevenue } from '../macro/macro-revenue';
import { withoutCustomerCounts } from './customer-counts';

export function assertRange(query: { from?: string; to?: string }): void {
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('VALIDATION_ERROR', '`from` must not be after `to`', {
      messageEs: 'La fecha inicial no puede ser posterior a la final',
      details: [{ field: 'querystring.from', message: 'must be on or before `to`' }],
    });
  }
}

/** A stored row as the API shows it: period fields first, then the features. */
export function periodView(row: FeatureRow): MetricPeriod {
  return {
    period: row.period,
    period_start: row.periodStart as string,
    period_end: row.periodEnd as string,
    ...(row.values as object),
  } as MetricPeriod;
}

/** An ISO date one year (and a week, for ISO weeks) earlier. */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4, 8)}01`;

/**
 * The company's core metrics per period, with revenue in UF, USD and real pesos (macro). With
 * `location`, the branch's own rows at the same grain (`location_day` … `location_year`); an
 * unknown branch has no rows.
 */
export async function getMetrics(
  ctx: ServiceContext,
  query: MetricsQuery,
): Promise<{ periods: MetricPeriod[]; dataThrough: string | null; macro: MacroRevenueMeta }> {
  assertRange(query);
  const level = query.location ? `location_${query.grain}` : query.grain;
  const [rows, lastYearRows, state, hasCustomers] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    inSequence(
      () =>
        listFeatureRows(tx, ctx.companyId, { level, entity: query.location, from: query.from, to: query.to }),
      // The year before `from` too, for each period's same period last year (real growth).
      () =>
        query.from
          ? listFeatureRows(tx, ctx.companyId, {
              level,
              entity: query.location,
              from: addDaysIso(yearBefore(query.from), -7),
              to: query.from,
            })
          : Promise.resolve([]),
      () => getFeatureState(tx, ctx.companyId),
      () => hasIdentifiedCustomers(tx, ctx.companyId),
    ),
  );
  // Files that never name a customer: their counts are unknown, not zero.
  const view = (row: FeatureRow) => (hasCustomers ? periodView(row) : withoutCustomerCounts(periodView(row)));
  const periods = rows.map(view);
  const dataThrough = state?.dataThrough ?? null;
  const { periods: withMacro, macro } = await withMacroRevenue(
    ctx.db,
    ctx.companyId,
    query.grain,
    periods,
    [...lastYearRows.map(view), ...periods],
    dataThrough,
    query.location,
  );
  return { periods: withMacro, dataThrough, macro };
}
