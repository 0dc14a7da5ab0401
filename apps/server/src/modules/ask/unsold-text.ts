import type { AskLanguage, AskQuery } from '@ayni/contracts';
import { formatValue, inPeriod } from './answer-format';
import type { Execution } from './execute-query';

/**
 * The answer to "¿qué productos no se vendieron en noviembre?": how many of the products sold
 * in the earlier period had no sale in this one, those that sold most first with what they sold.
 * `slice` is the branch, category or unit in words (" en Sucursal Providencia"), `clock` the
 * days of the week and hours (" los sábados"), `tail` the data's caveats.
 */
export function unsoldText(
  query: AskQuery,
  run: Execution,
  text: { slice: string; clock: string; tail: string },
  language: AskLanguage,
): string {
  const es = language === 'es';
  const clock = text.clock.trim();
  // "los domingos de octubre", not "los domingos en octubre".
  const during = (period: AskQuery['period']) => {
    const words = inPeriod(period, language);
    return clock ? `${clock} ${es ? words.replace(/^en /, 'de ') : words}` : words;
  };
  const when = during(query.period);
  const before = query.compare ? during(query.compare) : es ? 'antes' : 'before';
  const total = run.total ?? 0;
  if (total === 0) {
    return es
      ? `Todos los productos${text.slice} que vendiste ${before} se vendieron también ${when}.${text.tail}`
      : `Every product${text.slice} you sold ${before} also sold ${when}.${text.tail}`;
  }
  const amount = (value: number | null | undefined) => formatValue(value ?? null, 'CLP', language);
  if (total === 1) {
    const item = run.items[0];
    const head = es
      ? `1 producto${text.slice} que vendiste ${before} no se vendió ${when}`
      : `1 product${text.slice} you sold ${before} did not sell ${when}`;
    if (!item) return `${head}.${text.tail}`;
    return es
      ? `${head}: ${item.label}, que vendió ${amount(item.previous)} ${before}.${text.tail}`
      : `${head}: ${item.label}, which sold ${amount(item.previous)} ${before}.${text.tail}`;
  }
  const list = run.items
    .map((item, index) => `${index + 1}. ${item.label} (${amount(item.previous)})`)
    .join('; ');
  const some = run.items.length < total;
  return es
    ? `${total} productos${text.slice} que vendiste ${before} no se vendieron ${when}. ${some ? 'Los que más vendían' : 'Vendían'} ${before}: ${list}.${text.tail}`
    : `${total} products${text.slice} you sold ${before} did not sell ${when}. ${some ? 'Those that sold most' : 'They sold'} ${before}: ${list}.${text.tail}`;
}
