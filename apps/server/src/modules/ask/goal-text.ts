import type { AskLanguage, AskQuery, AskValue } from '@ayni/contracts';
import { formatValue, periodLabel } from './answer-format';
import type { Execution } from './execute-query';

/*
 * A sales goal ("¿cuánto me falta para llegar a 10 millones este mes?"): how far the net sales
 * of the period are from it and, while the data does not reach the period's end, what the days
 * still missing must sell each. Arithmetic on the figure, never a forecast.
 */

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function goalText(
  query: AskQuery,
  run: Execution,
  context: { language: AskLanguage; dataThrough: string; unit: string },
): string {
  const { language, dataThrough, unit } = context;
  const value = run.items[0]?.value;
  const period = query.period;
  const es = language === 'es';
  if (query.target === undefined || value === null || value === undefined || !period) return '';
  // A goal is in pesos: a figure in UF is not measured against it.
  if (unit !== 'CLP')
    return es
      ? ' Tu meta está en pesos: pregunta sin «en UF» para ver cuánto te falta.'
      : ' Your goal is in pesos: ask without "in UF" to see how far you are from it.';
  const money = (amount: number) => formatValue(amount, 'CLP', language);
  const goal = money(query.target);
  const pct = formatValue(Math.round((value / query.target) * 10_000) / 100, '%', language);
  const gap = Math.round((query.target - value) * 100) / 100;
  const running = period.to > dataThrough;
  if (gap <= 0) {
    const over = money(-gap);
    if (es)
      return ` ${running ? 'Ya superaste' : 'Superaste'} tu meta de ${goal} por ${over} (${running ? 'llevas el' : 'llegaste al'} ${pct}).`;
    return ` You ${running ? 'have passed' : 'beat'} your goal of ${goal} by ${over} (${pct} of it).`;
  }
  if (!running)
    return es
      ? ` Te faltaron ${money(gap)} para llegar a ${goal} (llegaste al ${pct}).`
      : ` You fell ${money(gap)} short of ${goal} (${pct} of it).`;
  // The days of the period the data does not hold yet, and what each must sell.
  const from = period.from > dataThrough ? period.from : addDays(dataThrough, 1);
  const days = daysBetween(from, period.to);
  const perDay = money(Math.ceil(gap / days));
  const when = periodLabel(
    days === 1 ? { grain: 'day', from, to: from } : { grain: 'range', from, to: period.to },
    language,
  );
  const need = es
    ? days === 1
      ? ` El ${when} necesitas ${perDay}.`
      : ` ${capitalize(when)} (${days} días) necesitas ${perDay} al día.`
    : days === 1
      ? ` On ${when} you need ${perDay}.`
      : ` For ${when} (${days} days) you need ${perDay} a day.`;
  return es
    ? ` Te faltan ${money(gap)} para llegar a ${goal} (llevas el ${pct}).${need}`
    : ` You are ${money(gap)} short of ${goal} (${pct} of it).${need}`;
}

/** The goal beside the figure in `values`, for a client drawing one against the other. */
export function goalValues(query: AskQuery, unit: string, language: AskLanguage): AskValue[] {
  if (query.target === undefined || unit !== 'CLP') return [];
  const label = language === 'es' ? 'meta' : 'goal';
  return [{ label, key: 'target', metric: 'revenue', value: query.target, unit }];
}
