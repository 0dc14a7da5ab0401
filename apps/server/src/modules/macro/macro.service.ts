import {
  MACRO_SERIES,
  MACRO_SERIES_CODES,
  type MacroPoint,
  type MacroSeriesCode,
  type MacroSeriesQuery,
  type MacroSeriesSummary,
  type MacroSource,
  macroSeriesCodeSchema,
} from '@ayni/contracts';
import {
  type Database,
  latestMacroObservations,
  listMacroObservations,
  macroObservationAtOrBefore,
} from '@ayni/db';
import { addCalendarDays as addDays, dailyValues } from '@ayni/engine';
import { AppError } from '../../lib/app-error';
import { assertRange } from '../analytics/metrics.service';
import { ensureSnapshotLoaded } from './macro.loader';

/** Every series with its latest stored value and that value's own date. */
export async function listMacroSeries(db: Database): Promise<MacroSeriesSummary[]> {
  await ensureSnapshotLoaded(db);
  const latest = new Map((await latestMacroObservations(db)).map((o) => [o.series, o]));
  return MACRO_SERIES_CODES.map((code) => summary(code, latest.get(code)));
}

function summary(
  code: MacroSeriesCode,
  latest: { date: string; value: number; source: string; fetchedAt: string } | undefined,
): MacroSeriesSummary {
  const { name_es, name_en, unit, frequency } = MACRO_SERIES[code];
  return {
    code,
    name_es,
    name_en,
    unit,
    frequency,
    latest: latest ? { date: latest.date, value: latest.value, source: latest.source as MacroSource } : null,
    fetched_at: latest ? new Date(latest.fetchedAt).toISOString() : null,
  };
}

export function parseSeriesCode(code: string): MacroSeriesCode {
  const parsed = macroSeriesCodeSchema.safeParse(code);
  if (!parsed.success)
    throw new AppError('NOT_FOUND', `Unknown macro series "${code}"`, {
      messageEs: `No existe la serie macroeconómica "${code}"`,
    });
  return parsed.data;
}

/**
 * One series' values from `from` to `to` (default: the year up to its latest value). Daily
 * series get every calendar day, weekends and holidays carrying the last value (`carried`), never
 * past the latest stored value; monthly series list their own points.
 */
export async function getMacroSeries(
  db: Database,
  rawCode: string,
  query: MacroSeriesQuery,
): Promise<MacroSeriesSummary & { points: MacroPoint[] }> {
  const code = parseSeriesCode(rawCode);
  assertRange(query);
  await ensureSnapshotLoaded(db);
  const latest = (await latestMacroObservations(db)).find((o) => o.series === code);
  const head = summary(code, latest);
  if (!latest) return { ...head, points: [] };
  const to = query.to && query.to < latest.date ? query.to : latest.date;
  const from = query.from ?? addDays(to, -365);
  if (from > to) return { ...head, points: [] };
  const stored = await listMacroObservations(db, code, { from, to });
  if (MACRO_SERIES[code].frequency === 'monthly')
    return {
      ...head,
      points: stored.map((o) => ({
        date: o.date,
        value: o.value,
        source: o.source as MacroSource,
        carried: false,
      })),
    };
  const before = stored[0]?.date === from ? null : await macroObservationAtOrBefore(db, code, from);
  const observed = before ? [before, ...stored] : stored;
  const sourceOf = new Map(observed.map((o) => [o.date, o.source as MacroSource]));
  const points = dailyValues(observed, from, to).map((d) => ({
    date: d.date,
    value: d.value,
    source: sourceOf.get(d.observed) as MacroSource,
    carried: d.carried,
  }));
  return { ...head, points };
}
