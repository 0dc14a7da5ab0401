import { MACRO_SERIES, type MacroSeriesCode } from '@ayni/contracts';
import { type Database, listMacroObservations } from '@ayni/db';
import { addCalendarDays as addDays, addMonths, type DatedValue, periodRate } from '@ayni/engine';

/**
 * One value per month of a series: a monthly series' own value, a daily series' mean over the
 * month's days (each at the value in force; the current month up to the latest value).
 */
export function monthlyValues(code: MacroSeriesCode, points: readonly DatedValue[]): Map<string, number> {
  const out = new Map<string, number>();
  if (MACRO_SERIES[code].frequency === 'monthly') {
    for (const p of points) if (p.date.endsWith('-01')) out.set(p.date.slice(0, 7), p.value);
    return out;
  }
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return out;
  for (let month = first.date.slice(0, 7); month <= last.date.slice(0, 7); month = addMonths(month, 1)) {
    const end = addDays(`${addMonths(month, 1)}-01`, -1);
    const rate = periodRate(points, `${month}-01`, end < last.date ? end : last.date);
    if (rate) out.set(month, rate.value);
  }
  return out;
}

/** Monthly values of the given series from the stored observations. */
export async function loadMonthlyValues(
  db: Database,
  codes: readonly MacroSeriesCode[],
): Promise<Map<MacroSeriesCode, Map<string, number>>> {
  const entries = await Promise.all(
    codes.map(async (code) => {
      const stored = await listMacroObservations(db, code);
      return [code, monthlyValues(code, stored)] as const;
    }),
  );
  return new Map(entries);
}
