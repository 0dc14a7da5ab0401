import { MacroSourceError } from './macro-errors';

export interface ParsedPoint {
  /** Local (America/Santiago) date. */
  date: string;
  value: number;
}

const santiagoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Santiago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `fecha` is the UTC instant of Chilean midnight (03:00Z or 04:00Z): its Santiago calendar date. */
export function santiagoDateOf(instant: string): string | null {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : santiagoDate.format(ms);
}

/**
 * A mindicador.cl answer (`/api/{tipo}`, `/api/{tipo}/{yyyy}`, `/api/{tipo}/{dd-mm-yyyy}`) →
 * points oldest first, one per date. The body is read as JSON whatever the content type says
 * (mindicador answers `text/html`); `serie` comes newest first and may repeat a date (the first
 * listed, the newest publication, wins) or be empty (a day without value: no points).
 */
export function parseMindicador(body: string, expectedCode: string): ParsedPoint[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MacroSourceError(`mindicador ${expectedCode}: the body is not JSON`, false);
  }
  const doc = json as { codigo?: unknown; serie?: unknown };
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.serie))
    throw new MacroSourceError(`mindicador ${expectedCode}: no "serie" array`, false);
  if (doc.codigo !== undefined && doc.codigo !== expectedCode)
    throw new MacroSourceError(`mindicador ${expectedCode}: answered series "${String(doc.codigo)}"`, false);
  const byDate = new Map<string, number>();
  for (const item of doc.serie as unknown[]) {
    const { fecha, valor } = (item ?? {}) as { fecha?: unknown; valor?: unknown };
    const date = typeof fecha === 'string' ? santiagoDateOf(fecha) : null;
    const value = typeof valor === 'number' ? valor : typeof valor === 'string' ? Number(valor) : Number.NaN;
    if (date === null || !Number.isFinite(value))
      throw new MacroSourceError(
        `mindicador ${expectedCode}: malformed point ${JSON.stringify(item)}`,
        false,
      );
    if (!byDate.has(date)) byDate.set(date, value);
  }
  return [...byDate].map(([date, value]) => ({ date, value })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
