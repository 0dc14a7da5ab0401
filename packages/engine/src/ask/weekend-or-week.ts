import type { AskMetric } from '@ayni/contracts';
import type { NamedPair } from './entity-filters';

/*
 * "¿Vendo más los fines de semana?", "¿se vende más el fin de semana que en la semana?": the
 * weekend against the rest of the week as a habit, not last weekend nor this week. Rewritten to
 * the side-by-side form the clock filters read ("los fines de semana o entre semana"), before
 * the periods are read. Folded text, as everywhere in the parser.
 */

const WEEKEND = '(?:el|los) (?:fin(?:es)? de semana|findes?)';
const WEEK = '(?:(?:en|durante|entre) (?:la )?semana|(?:los )?dias (?:de semana|habiles|laborales))';
const CONNECTOR = '(?:o|que|vs|versus|contra|frente a|comparado con)';
const WEEKEND_THEN_WEEK = new RegExp(`(?<![a-z])${WEEKEND} ${CONNECTOR} ${WEEK}(?![a-z])`);
const WEEK_THEN_WEEKEND = new RegExp(`(?<![a-z])${WEEK} ${CONNECTOR} ${WEEKEND}(?![a-z])`);
/**
 * The weekend alone after "¿vendo más…?" (maybe with a period after it: "en noviembre"):
 * against the other days.
 */
const WEEKEND_ALONE_ES = new RegExp(
  `^((?:yo |nosotros )?(?:vendo|vendemos|se vende|vende|venden|facturo|facturamos|me va|nos va) (?:mas|menos|mejor|peor) (?:(?:en|durante) )?${WEEKEND})(?! ${CONNECTOR} )`,
);
const WEEKEND_ALONE_EN =
  /^((?:do|does) (?:i|we|the (?:store|shop|business)) (?:sell|make|earn|do) (?:more|less|better|worse)(?: sales)? (?:on|at|during) (?:the )?weekends?)(?! (?:or|than|vs|versus|compared) )/;

export function weekendAgainstWeek(question: string): string {
  // Alone, it gets the other days first; then "el fin de semana o entre semana" reads as two sets.
  const text = question
    .replace(WEEKEND_ALONE_ES, '$1 o entre semana')
    .replace(WEEKEND_ALONE_EN, '$1 or weekdays');
  if (WEEKEND_THEN_WEEK.test(text))
    return text.replace(WEEKEND_THEN_WEEK, 'los fines de semana o entre semana');
  return text.replace(WEEK_THEN_WEEKEND, 'entre semana o los fines de semana');
}

const PER_DAY: Partial<Record<AskMetric, AskMetric>> = {
  revenue: 'avg_daily_revenue',
  transactions: 'avg_daily_transactions',
  customers: 'avg_daily_customers',
};

/** Which one sells more, does better: asked of two sets of days, a fair comparison. */
const WHICH_IS_MORE = /(?<![a-z])(mas|menos|mejor|peor|more|less|better|worse)(?![a-z])/;

/**
 * "¿Vendo más los fines de semana o entre semana?": two sets of weekdays of different sizes (two
 * days against five) are weighed per day with sales; their totals would say more about how many
 * days each has than about the days. Totals asked as such ("ventas de lunes a viernes vs fin de
 * semana") stay totals, with the note that the days differ.
 */
export function perDayMetric(pair: NamedPair | null, metric: AskMetric, text: string): AskMetric {
  if (pair?.dimension !== 'weekdays' || pair.first.length === pair.second.length) return metric;
  return WHICH_IS_MORE.test(text) ? (PER_DAY[metric] ?? metric) : metric;
}
