import type { AskLanguage, AskQuery } from '@ayni/contracts';
import { inPeriod, periodLabel } from './answer-format';

/* What an answer of sales per month or per week says of the months or weeks it averaged. */

/** « (11 meses enteros; sin contar diciembre de 2026, que tus datos cubren solo en parte)». */
export function wholePeriods(
  query: AskQuery,
  periods: { whole: number; partial: [string, string][] },
  language: AskLanguage,
): string {
  const es = language === 'es';
  const month = query.metric === 'avg_monthly_revenue';
  const n = periods.whole;
  const counted = es
    ? `${n} ${month ? (n === 1 ? 'mes entero' : 'meses enteros') : n === 1 ? 'semana entera' : 'semanas enteras'}`
    : `${n} whole ${month ? (n === 1 ? 'month' : 'months') : n === 1 ? 'week' : 'weeks'}`;
  const left = partialLabels(query, periods.partial, language);
  if (!left) return ` (${counted})`;
  return es
    ? ` (${counted}; sin contar ${left}, que tus datos cubren solo en parte)`
    : ` (${counted}; leaving out ${left}, which your data covers only in part)`;
}

const partialLabels = (query: AskQuery, partial: [string, string][], language: AskLanguage) =>
  partial
    .map(([from, to]) =>
      periodLabel({ grain: query.metric === 'avg_monthly_revenue' ? 'month' : 'week', from, to }, language),
    )
    .join(language === 'es' ? ' ni ' : ' and ');

/** No whole month or week in the period: the average would be of a part of one. */
export function noWholePeriod(
  query: AskQuery,
  periods: { whole: number; partial: [string, string][] },
  language: AskLanguage,
): string {
  const month = query.metric === 'avg_monthly_revenue';
  const left = partialLabels(query, periods.partial, language);
  if (language === 'es')
    return `${inPeriod(query.period, language).replace(/^./, (c) => c.toUpperCase())} no hay ${month ? 'ningún mes entero' : 'ninguna semana entera'} en tus datos${left ? ` (${left} solo en parte)` : ''}: pregunta por la venta de ese período.`;
  return `${inPeriod(query.period, language).replace(/^./, (c) => c.toUpperCase())} there is no whole ${month ? 'month' : 'week'} in your data${left ? ` (${left} only in part)` : ''}: ask for the sales of that period.`;
}
