import type { MetricPeriod, MetricsQuery } from '@ayni/contracts';
import { type FeatureRow, getFeatureState, inCompany, listFeatureRows } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';

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

/**
 * The company's core metrics per period. With `location`, the branch's own rows at the same
 * grain (`location_day` … `location_year`); an unknown branch has no rows.
 */
export async function getMetrics(
  ctx: ServiceContext,
  query: MetricsQuery,
): Promise<{ periods: MetricPeriod[]; dataThrough: string | null }> {
  assertRange(query);
  const [rows, state] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    Promise.all([
      listFeatureRows(tx, ctx.companyId, {
        level: query.location ? `location_${query.grain}` : query.grain,
        entity: query.location,
        from: query.from,
        to: query.to,
      }),
      getFeatureState(tx, ctx.companyId),
    ]),
  );
  return { periods: rows.map(periodView), dataThrough: state?.dataThrough ?? null };
}
