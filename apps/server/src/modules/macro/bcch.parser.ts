import { MacroSourceError } from './macro-errors';
import type { ParsedPoint } from './mindicador.parser';

/**
 * A Banco Central BDE (SieteRestWS `GetSeries`) answer → points oldest first. `Codigo` 0 is
 * success (negative codes: bad credentials, unknown series); `indexDateString` is dd-mm-yyyy;
 * values are text and "NaN" (status "ND") marks a date without value.
 */
export function parseBcch(body: string, seriesId: string): ParsedPoint[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MacroSourceError(`bcch ${seriesId}: the body is not JSON`, false);
  }
  const doc = json as { Codigo?: unknown; Descripcion?: unknown; Series?: { Obs?: unknown } };
  if (doc?.Codigo !== 0)
    throw new MacroSourceError(`bcch ${seriesId}: ${String(doc?.Descripcion ?? 'unexpected answer')}`, false);
  const obs = doc.Series?.Obs ?? [];
  if (!Array.isArray(obs)) throw new MacroSourceError(`bcch ${seriesId}: no "Obs" array`, false);
  const byDate = new Map<string, number>();
  for (const item of obs as unknown[]) {
    const { indexDateString, value } = (item ?? {}) as { indexDateString?: unknown; value?: unknown };
    const match =
      typeof indexDateString === 'string' ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(indexDateString) : null;
    if (!match)
      throw new MacroSourceError(`bcch ${seriesId}: malformed date ${String(indexDateString)}`, false);
    const number = Number(value);
    if (!Number.isFinite(number)) continue;
    byDate.set(`${match[3]}-${match[2]}-${match[1]}`, number);
  }
  return [...byDate].map(([date, v]) => ({ date, value: v })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
