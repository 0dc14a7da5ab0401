import type { AskAnswer, AskChart, AskLanguage, AskQuery, AskValue } from '@ayni/contracts';
import type { AskVocabulary, NamedPair } from '@ayni/engine';
import { linkOf } from './answer-extras';
import { formatPct, formatValue, METRIC_LABEL, periodLabel } from './answer-format';

/*
 * "¿Qué vende más, Providencia o la Matriz?", "marraqueta vs hallulla": the same query for each
 * of two names, each answered as on its own, side by side, with how far apart they are.
 */

/** Figures in percent: their gap is in points, not a percentage of a percentage. */
const IN_POINTS = new Set(['margin_pct', 'revenue_share_pct']);

export async function answerPair(
  companyId: string,
  query: AskQuery,
  pair: NamedPair,
  context: { vocabulary: AskVocabulary | null; language: AskLanguage },
  answer: (query: AskQuery) => Promise<AskAnswer>,
): Promise<AskAnswer> {
  const { language } = context;
  const second: AskQuery = { ...query, filters: { ...query.filters, [pair.dimension]: pair.second } };
  const first = await answer(query);
  // A refusal of either (a qualifier not kept, a combination not stored) is the answer: never
  // one side alone.
  if (first.kind !== 'query') return first;
  const other = await answer(second);
  if (other.kind !== 'query') return other;
  const nameOf = (value: string) =>
    pair.dimension === 'product'
      ? (context.vocabulary?.products.find((p) => p.id === value)?.name ?? value)
      : value;
  const sides = [
    { key: pair.first, name: nameOf(pair.first), value: first.values[0] },
    { key: pair.second, name: nameOf(pair.second), value: other.values[0] },
  ];
  const values = sides.flatMap((side): AskValue[] =>
    side.value ? [{ ...side.value, label: side.name, key: side.key }] : [],
  );
  const [a, b] = values;
  const gap = a && b ? gapText(query.metric, a, b, language) : '';
  return {
    ...first,
    answer: [first.answer, withoutRepeats(other.answer, first.answer), gap].filter(Boolean).join(' '),
    values,
    chart: a && b ? pairChart(query, a, b, language) : null,
    // The list of that dimension over the period shows both rows.
    link: linkOf(companyId, {
      ...query,
      intent: 'ranking',
      by: pair.dimension,
      ranking: { order: 'desc', by: 'value', limit: 10 },
      filters: { ...query.filters, [pair.dimension]: null },
    }),
    confidence: Math.min(first.confidence, other.confidence),
    sources: [...first.sources, ...other.sources],
  };
}

/** "Sucursal Providencia supera a Casa Matriz Ñuñoa en 12,4 % ($1.234.567)." */
function gapText(metric: AskQuery['metric'], a: AskValue, b: AskValue, language: AskLanguage): string {
  if (a.value === null || b.value === null || a.unit !== b.unit) return '';
  if (a.value === b.value)
    return language === 'es' ? 'Los dos tienen la misma cifra.' : 'Both have the same figure.';
  const [high, low] = a.value > b.value ? [a, b] : [b, a];
  const highValue = high.value as number;
  const lowValue = low.value as number;
  if (IN_POINTS.has(metric)) {
    const points = new Intl.NumberFormat(language === 'es' ? 'es-CL' : 'en-US', {
      maximumFractionDigits: 2,
    }).format(highValue - lowValue);
    return language === 'es'
      ? `${high.label} supera a ${low.label} en ${points} puntos.`
      : `${high.label} is ${points} points above ${low.label}.`;
  }
  const difference = amount(highValue - lowValue, a.unit, language);
  // A share of a figure at or below zero (returns, a negative margin) says nothing.
  const share = lowValue > 0 ? ` ${formatPct(((highValue - lowValue) / lowValue) * 100, language)}` : '';
  if (language === 'es')
    return share
      ? `${high.label} supera a ${low.label} en${share} (${difference}).`
      : `${high.label} supera a ${low.label} en ${difference}.`;
  return share
    ? `${high.label} is${share} above ${low.label} (${difference}).`
    : `${high.label} is ${difference} above ${low.label}.`;
}

/** The second answer's sentences the first already says (a note on partial data) left out. */
function withoutRepeats(text: string, said: string): string {
  const known = new Set(said.split(/(?<=\.) /));
  return text
    .split(/(?<=\.) /)
    .filter((sentence) => !known.has(sentence))
    .join(' ');
}

/** A figure with its unit when the number alone does not say it (kilos, litres). */
const amount = (value: number, unit: string, language: AskLanguage) =>
  unit === 'kg' || unit === 'l'
    ? `${formatValue(value, 'weighed', language)} ${unit}`
    : formatValue(value, unit, language);

function pairChart(query: AskQuery, a: AskValue, b: AskValue, language: AskLanguage): AskChart {
  const title = METRIC_LABEL[query.metric][language];
  const categories = [a.label, b.label];
  const series = query.compare
    ? [
        { name: periodLabel(query.compare, language), values: [a.previous ?? null, b.previous ?? null] },
        { name: periodLabel(query.period, language), values: [a.value, b.value] },
      ]
    : [{ name: title, values: [a.value, b.value] }];
  return { type: 'bar', title, categories, series, unit: a.unit };
}
