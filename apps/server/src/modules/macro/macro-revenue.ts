import { type MetricGrain, type MetricPeriod, readCompanySettings } from '@ayni/contracts';
import { type Database, findCompanySettings, firstFeatureDay, inCompany, inSequence } from '@ayni/db';
import {
  addCalendarDays as addDays,
  macroRevenueFields,
  samePeriodLastYear as sameLastYear,
} from '@ayni/engine';
import { loadMacroInputs, type MacroInputs } from './macro-inputs';

export interface MacroRevenueMeta {
  /** Month whose pesos `revenue_real` is in. */
  base_month: string | null;
  /** Latest UF and dólar dates and IPC month the conversions could use. */
  uf_through: string | null;
  usd_through: string | null;
  ipc_through: string | null;
}

/**
 * Adds `revenue_uf`, `revenue_usd`, `revenue_real` and `revenue_real_yoy_pct` to metric periods
 * (nulls with a reason, like the engine's). `history` holds rows of the year before too, so
 * each period finds its same period last year.
 */
export async function withMacroRevenue(
  db: Database,
  companyId: string,
  grain: MetricGrain,
  periods: MetricPeriod[],
  history: readonly MetricPeriod[],
  dataThrough: string | null,
  location?: string,
): Promise<{ periods: MetricPeriod[]; macro: MacroRevenueMeta }> {
  const [stored, dataFrom] = await inCompany(db, companyId, (tx) =>
    inSequence(
      () => findCompanySettings(tx, companyId),
      () =>
        location === undefined
          ? firstFeatureDay(tx, companyId, 'day')
          : firstFeatureDay(tx, companyId, 'location_day', location),
    ),
  );
  const settings = readCompanySettings(stored);
  const first = periods[0];
  const last = periods.at(-1);
  const inputs: MacroInputs | null =
    first && last
      ? await loadMacroInputs(
          db,
          { from: addDays(first.period_start, -1), to: last.period_end },
          settings.real_base_month,
        )
      : null;
  const byStart = new Map(history.map((p) => [p.period_start, p]));
  const out = periods.map((period) => {
    if (!inputs) return period;
    const lastYear = sameLastYear(grain, period.period_start, period.period_end);
    const lastYearRow = lastYear ? byStart.get(lastYear.start) : undefined;
    const fields = macroRevenueFields(
      {
        grain,
        start: period.period_start,
        end: period.period_end,
        revenue: period.revenue,
        revenueLastYear: lastYearRow ? lastYearRow.revenue : null,
        lastYearNullReason: period.nulls.revenue_yoy_pct ?? 'NO_SAME_PERIOD_LAST_YEAR',
        dataFrom,
        dataThrough,
      },
      inputs,
    );
    const { nulls, ...values } = fields;
    return { ...period, ...values, nulls: { ...period.nulls, ...nulls } } as unknown as MetricPeriod;
  });
  return {
    periods: out,
    macro: {
      base_month: inputs?.baseMonth ?? settings.real_base_month,
      uf_through: inputs?.through.uf ?? null,
      usd_through: inputs?.through.dolar ?? null,
      ipc_through: inputs?.through.ipc ?? null,
    },
  };
}
