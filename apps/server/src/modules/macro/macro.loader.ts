import { MACRO_SERIES_CODES, type MacroSeriesCode } from '@ayni/contracts';
import { type Database, latestMacroObservations, upsertMacroObservations } from '@ayni/db';
import type { Logger } from 'pino';
import type { MacroRetriever } from './macro.retriever';
import { santiagoDateOf } from './mindicador.parser';
import { readSnapshot, SNAPSHOT_FROM } from './snapshot-file';

const snapshotLoads = new WeakMap<Database, Promise<number>>();

/**
 * Stores the shipped snapshot once per database handle (and process): values already stored,
 * fetched or not, are kept, so running it again changes nothing. The app works offline from it.
 */
export function ensureSnapshotLoaded(db: Database): Promise<number> {
  let loading = snapshotLoads.get(db);
  if (!loading) {
    const rows = readSnapshot().flatMap((file) =>
      file.points.map(([date, value]) => ({ series: file.code, date, value, source: 'snapshot' })),
    );
    loading = upsertMacroObservations(db, rows, { keepExisting: true });
    loading.catch(() => snapshotLoads.delete(db));
    snapshotLoads.set(db, loading);
  }
  return loading;
}

export interface SeriesRefresh {
  code: MacroSeriesCode;
  /** The source that answered, or null when none did (the stored values stay in use). */
  source: MacroRetriever['name'] | null;
  points: number;
  changed: number;
  /** One message per source that failed, in the order tried. */
  errors: string[];
}

/**
 * The daily refresh: for every series, the years from its latest stored value to the current
 * one, from the first source that answers. A source that is down never fails the refresh: the
 * series keeps what is stored (the snapshot at worst) and the API shows that data's date.
 */
export async function refreshMacroSeries(
  db: Database,
  retrievers: readonly MacroRetriever[],
  options: { now: number; log: Logger; codes?: readonly MacroSeriesCode[] },
): Promise<SeriesRefresh[]> {
  await ensureSnapshotLoaded(db);
  const latest = new Map((await latestMacroObservations(db)).map((o) => [o.series, o.date]));
  const currentYear = Number((santiagoDateOf(new Date(options.now).toISOString()) as string).slice(0, 4));
  const out: SeriesRefresh[] = [];
  for (const code of options.codes ?? MACRO_SERIES_CODES) {
    const fromYear = Number((latest.get(code) ?? SNAPSHOT_FROM).slice(0, 4));
    const result: SeriesRefresh = { code, source: null, points: 0, changed: 0, errors: [] };
    for (const retriever of retrievers) {
      let points: Awaited<ReturnType<MacroRetriever['fetchYears']>>;
      try {
        points = await retriever.fetchYears(code, fromYear, currentYear);
      } catch (err) {
        result.errors.push((err as Error).message);
        continue;
      }
      // Outside the try: a database error fails the job (it is retried), it is no source's fault.
      const rows = points.map((p) => ({
        series: code,
        date: p.date,
        value: p.value,
        source: retriever.name,
      }));
      result.changed = await upsertMacroObservations(db, rows);
      result.points = points.length;
      result.source = retriever.name;
      break;
    }
    if (result.source === null)
      options.log.warn(
        { series: code, errors: result.errors, data_through: latest.get(code) ?? null },
        'macro series not refreshed; stored values stay in use',
      );
    out.push(result);
  }
  return out;
}
