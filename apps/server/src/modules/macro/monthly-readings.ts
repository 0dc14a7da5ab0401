import { MACRO_SERIES, type MacroSeriesCode } from '@ayni/contracts';
import { type Database, listMacroObservations } from '@ayni/db';
import { addCalendarDays as addDays, addMonths, type DatedValue, dailyValues } from '@ayni/engine';

/**
 * One value per month of a series: a monthly series' own value; for a daily series, the mean over
 * the month's days (each at the value in force, the current month up to its latest value), for
 * months with at least one value of their own (the snapshot's copper is one average per month).
 */
export function monthlyValues(code: MacroSeriesCode, points: readonly DatedValue[]): Map<string, number> {
  const out = new Map<string, number>();
  if (MACRO_SERIES[code].frequency === 'monthly') {
    for (const p of points) if (p.date.endsWith('-01')) out.set(p.date.slice(0, 7), p.value);
    return out;
  }
  const last = points.at(-1);
  if (!last) return out;
  const months = new Set(points.map((p) => p.date.slice(0, 7)));
  for (const month of months) {
    const monthEnd = addDays(`${addMonths(month, 1)}-01`, -1);
    const days = dailyValues(points, `${month}-01`, monthEnd < last.date ? monthEnd : last.date);
    // Days before the month's first value have none when nothing precedes it: skip those.
    if (days.length > 0) out.set(month, days.reduce((sum, d) => sum + d.value, 0) / days.length);
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
