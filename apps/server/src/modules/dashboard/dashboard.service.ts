import type { DashboardQuery, DashboardSummary } from '@ayni/contracts';
import { inCompany, inSequence, monthlySales, sumDailySales, topProducts } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';

const TOP_PRODUCTS = 10;

export async function getSummary(ctx: ServiceContext, query: DashboardQuery): Promise<DashboardSummary> {
  const period = { from: query.from ?? null, to: query.to ?? null };
  if (period.from && period.to && period.from > period.to) {
    throw new AppError('VALIDATION_ERROR', '`from` must not be after `to`', {
      messageEs: 'La fecha inicial no puede ser posterior a la final',
      details: [{ field: 'querystring.from', message: 'must be on or before `to`' }],
    });
  }
  const [totals, byMonth, products] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    inSequence(
      () => sumDailySales(tx, ctx.companyId, period),
      () => monthlySales(tx, ctx.companyId, period),
      () => topProducts(tx, ctx.companyId, period, TOP_PRODUCTS),
    ),
  );
  const revenue = totals.grossSales - totals.returns;
  return {
    period,
    kpis: {
      revenue,
      tickets: totals.tickets,
      units: totals.units,
      // Average ticket is gross sales per sale document: returns are reported on their own.
      average_ticket: totals.tickets > 0 ? Math.round(totals.grossSales / totals.tickets) : 0,
      returns: totals.returns,
    },
    by_month: byMonth,
    top_products: products,
    refreshed_at: totals.refreshedAt ? new Date(totals.refreshedAt).toISOString() : null,
  };
}
