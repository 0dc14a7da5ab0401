import type { AskFilters, AskLanguage, AskQuery } from '@ayni/contracts';
import { segmentQuery } from './basket-query';
import { LARGEST_TICKET_WORDS } from './lexicon-intents';
import type { ParsedQuestion } from './parse-question';
import { rankingLimit } from './ranking-limit';
import type { resolvePeriods } from './resolve-periods';

/**
 * A list asked by ("¿qué día tiene el ticket más alto?", "which branch has the biggest tickets"):
 * the average ticket of each, not the largest tickets.
 */
const BY_SOMETHING =
  /(?:que|cual|cuales|en que|which|what) (?:dias?|horas?|horarios?|mes|meses|semanas?|sucursal(?:es)?|local(?:es)?|tiendas?|categorias?|productos?|clientes?|days?|hours?|months?|weeks?|branch(?:es)?|stores?|categor(?:y|ies)|products?|customers?)(?![a-z])|(?:por|by|per|cada|each) (?:dia|hora|mes|semana|sucursal|local|categoria|producto|cliente|day|hour|month|week|branch|store|category|product|customer)(?![a-z])/;

/** Whether the question asks for the largest single tickets. */
export const asksLargestTickets = (text: string) =>
  LARGEST_TICKET_WORDS.test(text) && !BY_SOMETHING.test(text);

/** Plural ticket words: "las boletas más grandes" lists five, "la boleta más grande" one. */
const PLURAL =
  /(?:ventas|boletas|compras|tickets|transacciones|sales|receipts|orders|transactions|purchases)(?![a-z])/;

/**
 * "¿Cuál fue la boleta más grande de noviembre?": the tickets with the largest net total of the
 * period, at a branch, on some weekdays or hours when named (a product or category is kept in
 * the query, so the server says it cannot apply it).
 */
export function largestTicketsQuery(
  text: string,
  periods: ReturnType<typeof resolvePeriods>,
  filters: AskFilters,
  currency: AskQuery['currency'],
  language: AskLanguage,
): ParsedQuestion {
  const words = LARGEST_TICKET_WORDS.exec(text)?.[0] ?? '';
  const limit = /\d/.test(text) ? rankingLimit(text, 'total', true) : PLURAL.test(words) ? 5 : 1;
  const kind = { segment: 'largest_tickets', metric: 'revenue', by: 'total' } as const;
  return segmentQuery(kind, periods, filters, currency, limit, language);
}
