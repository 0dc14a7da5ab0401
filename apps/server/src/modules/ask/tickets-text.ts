import type { AskLanguage } from '@ayni/contracts';
import { calendarPhrase, formatValue } from './answer-format';
import type { Execution } from './execute-query';

/**
 * «Boletas más grandes en noviembre de 2026: 1. N° 4512, sábado 28 de noviembre de 2026 a las
 * 19:40 en Casa Matriz Ñuñoa ($45.990, 12 líneas); …», one alone unnumbered. `where` is the
 * period and slice phrase.
 */
export function ticketsText(run: Execution, where: string, tail: string, language: AskLanguage): string {
  const es = language === 'es';
  if (run.items.length === 0)
    return es
      ? `No hay boletas con venta${where}.${tail}`
      : `There are no tickets with sales${where}.${tail}`;
  const one = run.items.length === 1;
  const list = run.items
    .map((item, index) => {
      const n = one ? '' : `${index + 1}. `;
      const ticket = item.ticket;
      const total = formatValue(item.value, 'CLP', language);
      if (!ticket) return `${n}${item.label} (${total})`;
      const day = calendarPhrase('day', ticket.day, language, true);
      const at = ticket.location ? (es ? ` en ${ticket.location}` : ` at ${ticket.location}`) : '';
      const lines = es
        ? `${ticket.lines} ${ticket.lines === 1 ? 'línea' : 'líneas'}`
        : `${ticket.lines} ${ticket.lines === 1 ? 'line' : 'lines'}`;
      return es
        ? `${n}N° ${item.label}, ${day} a las ${ticket.time}${at} (${total}, ${lines})`
        : `${n}No. ${item.label}, ${day} at ${ticket.time}${at} (${total}, ${lines})`;
    })
    .join('; ');
  return es
    ? `${one ? 'La boleta más grande' : 'Boletas más grandes'}${where}: ${list}.${tail}`
    : `${one ? 'The largest ticket' : 'Largest tickets'}${where}: ${list}.${tail}`;
}
