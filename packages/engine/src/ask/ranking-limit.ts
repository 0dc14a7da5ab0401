import type { AskDimension } from '@ayni/contracts';

/** How many rows a ranking shows: the number asked for ("top 3", "los 10 productos"), else by kind. */
export function rankingLimit(text: string, by: AskDimension, cued: boolean): number {
  const explicit =
    /(?:top|los|las|mis|the|my|primer[oa]s|mejores|peores|best|worst|bottom|first) (\d{1,3})(?![0-9])/.exec(
      text,
    ) ??
    /(?<![0-9])(\d{1,3}) (?:productos|categorias|clientes|sucursales|locales|dias|meses|semanas|horas|products|categories|customers|branches|stores|days|months|weeks|hours)/.exec(
      text,
    );
  if (explicit) return Math.min(50, Math.max(1, Number(explicit[1])));
  if (by === 'weekday') return 7;
  if (by === 'hour') return 24;
  return cued ? 5 : 10;
}
