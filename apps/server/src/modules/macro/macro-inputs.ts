import { type Database, listMacroObservations, macroObservationAtOrBefore } from '@ayni/db';
import {
  addCalendarDays as addDays,
  type DatedValue,
  latestIndexMonth,
  type MacroSeriesInput,
  priceIndex,
} from '@ayni/engine';
import { ensureSnapshotLoaded } from './macro.loader';

/** A daily series from `from` to `to`, plus the last value before `from` (to carry into it). */
async function dailySeries(db: Database, code: string, from: string, to: string): Promise<DatedValue[]> {
  const [before, inRange] = await Promise.all([
    macroObservationAtOrBefore(db, code, addDays(from, -1)),
    listMacroObservations(db, code, { from, to }),
  ]);
  return [...(before ? [before] : []), ...inRange].map(({ date, value }) => ({ date, value }));
}

export interface MacroInputs extends MacroSeriesInput {
  /** The data's dates: latest UF, dólar and IPC month used. */
  through: { uf: string | null; dolar: string | null; ipc: string | null };
}

/**
 * What the conversions of periods between `from` and `to` need: UF and dólar per day, the IPC
 * price index, and the base month (the company's `real_base_month`, else the latest IPC month).
 */
export async function loadMacroInputs(
  db: Database,
  range: { from: string; to: string },
  realBaseMonth: string | null,
): Promise<MacroInputs> {
  await ensureSnapshotLoaded(db);
  const [uf, dolar, ipc] = await Promise.all([
    dailySeries(db, 'uf', range.from, range.to),
    dailySeries(db, 'dolar', range.from, range.to),
    listMacroObservations(db, 'ipc'),
  ]);
  const index = priceIndex(ipc.filter((o) => o.date.endsWith('-01')));
  const latestMonth = latestIndexMonth(index);
  return {
    uf,
    dolar,
    index,
    baseMonth: realBaseMonth ?? latestMonth,
    through: { uf: uf.at(-1)?.date ?? null, dolar: dolar.at(-1)?.date ?? null, ipc: latestMonth },
  };
}
