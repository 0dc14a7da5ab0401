import { MACRO_SERIES, type MacroSeriesCode, readCompanySettings, type TradeProfile } from '@ayni/contracts';
import {
  findCompanySettings,
  findLiveCompany,
  getFeatureState,
  inCompany,
  inSequence,
  listFeatureRows,
} from '@ayni/db';
import {
  addMonths,
  buffsAndDebuffs,
  CORRELATION_MIN_MONTHS,
  correlate,
  type IndicatorMove,
} from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { ensureSnapshotLoaded } from './macro.loader';
import { loadMonthlyValues } from './monthly-readings';

/** Indicators the buffs panel reads, and how each moves (% of its value, or percentage points). */
const BUFF_SERIES: Array<[MacroSeriesCode, IndicatorMove['kind']]> = [
  ['dolar', 'level'],
  ['euro', 'level'],
  ['uf', 'level'],
  ['ipc', 'rate'],
  ['imacec', 'rate'],
  ['tpm', 'rate'],
  ['tasa_desempleo', 'rate'],
  ['libra_cobre', 'level'],
];
const CORRELATED: MacroSeriesCode[] = [
  'uf',
  'dolar',
  'euro',
  'ipc',
  'imacec',
  'tpm',
  'tasa_desempleo',
  'libra_cobre',
];

/** Industries that mostly sell imported goods: their default trade profile when none is set. */
const IMPORTING_INDUSTRIES = new Set(['electronics', 'clothing', 'hardware']);

/** The company's `trade_profile` setting when saved, else what its industry suggests. */
function tradeProfileOf(
  stored: unknown,
  industry: string | undefined,
): { profile: TradeProfile; from: 'setting' | 'industry' } {
  const saved = stored && typeof stored === 'object' && 'trade_profile' in stored;
  if (saved) return { profile: readCompanySettings(stored).trade_profile, from: 'setting' };
  return {
    profile: industry && IMPORTING_INDUSTRIES.has(industry) ? 'importer' : 'domestic',
    from: 'industry',
  };
}

const names = (code: MacroSeriesCode) => ({
  name_es: MACRO_SERIES[code].name_es,
  name_en: MACRO_SERIES[code].name_en,
});

/**
 * The month's macro winds for this company (default: the month of its latest data, or the
 * indicators' latest month when they end before it): each
 * indicator's latest reading up to that month vs the month before, judged by trade profile.
 */
export async function getMacroBuffs(ctx: ServiceContext, query: { month?: string }) {
  authorize(ctx, 'view_dashboards');
  const [stored, state, company] = await inCompany(ctx.db, ctx.companyId, (tx) =>
    inSequence(
      () => findCompanySettings(tx, ctx.companyId),
      () => getFeatureState(tx, ctx.companyId),
      () => findLiveCompany(tx, ctx.companyId),
    ),
  );
  const trade = tradeProfileOf(stored, company?.industry);
  await ensureSnapshotLoaded(ctx.db);
  const monthly = await loadMonthlyValues(
    ctx.db,
    BUFF_SERIES.map(([code]) => code),
  );
  const latestMacroMonth = [...(monthly.get('uf')?.keys() ?? [])].at(-1) ?? null;
  // Default: the month of the latest sales, unless the indicators stop before it (a snapshot
  // older than the data, no live source): then their latest month, which has readings to judge.
  const salesMonth = state?.dataThrough?.slice(0, 7) ?? null;
  const month =
    query.month ??
    (salesMonth !== null && latestMacroMonth !== null && latestMacroMonth < salesMonth
      ? latestMacroMonth
      : (salesMonth ?? latestMacroMonth ?? '1970-01'));
  const moves: Array<IndicatorMove & { dataMonth: string }> = [];
  const missing: Array<{ code: MacroSeriesCode; reason: string }> = [];
  for (const [code, kind] of BUFF_SERIES) {
    const values = monthly.get(code) ?? new Map<string, number>();
    // Latest reading at or before the month (IPC and IMACEC are published weeks later).
    const dataMonth = [...values.keys()].filter((m) => m <= month).at(-1);
    const previous = dataMonth ? values.get(addMonths(dataMonth, -1)) : undefined;
    if (!dataMonth) missing.push({ code, reason: 'NO_DATA' });
    else if (previous === undefined) missing.push({ code, reason: 'NO_PREVIOUS_MONTH' });
    else if (addMonths(dataMonth, 3) <= month) missing.push({ code, reason: 'STALE_DATA' });
    else moves.push({ code, kind, value: values.get(dataMonth) as number, previous, dataMonth });
  }
  const result = buffsAndDebuffs(moves, trade.profile);
  return {
    month,
    trade_profile: trade.profile,
    trade_profile_from: trade.from,
    score: result.score,
    score_reason: result.score === null ? 'NO_INDICATOR_READINGS' : null,
    buffs: result.buffs.map((b, i) => {
      const code = b.code as MacroSeriesCode;
      // Monthly means carry float noise (3.784949999999998): six decimals are what sources publish.
      const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
      return {
        ...b,
        code,
        ...names(code),
        value: round6(b.value),
        previous: round6(b.previous),
        data_month: (moves[i] as { dataMonth: string }).dataMonth,
      };
    }),
    missing,
  };
}

/** Pearson r of the company's monthly revenue with each indicator's monthly value. */
export async function getMacroCorrelations(ctx: ServiceContext) {
  authorize(ctx, 'view_dashboards');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) =>
    listFeatureRows(tx, ctx.companyId, { level: 'month' }),
  );
  // Months the data only partly covers (its first and last) would read as falls in sales: left out.
  const whole = rows.filter((r) => (r.values as { partial?: boolean }).partial !== true);
  const revenue = new Map(whole.map((r) => [r.period, Number((r.values as { revenue: number }).revenue)]));
  await ensureSnapshotLoaded(ctx.db);
  const monthly = await loadMonthlyValues(ctx.db, CORRELATED);
  const data = CORRELATED.map((code) => ({
    code,
    ...names(code),
    ...correlate(revenue, monthly.get(code) ?? new Map()),
  }));
  return { data, revenueMonths: revenue.size, minMonths: CORRELATION_MIN_MONTHS };
}
