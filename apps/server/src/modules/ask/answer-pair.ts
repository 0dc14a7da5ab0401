import type { AskAnswer, AskChart, AskLanguage, AskQuery, AskValue } from '@ayni/contracts';
import type { AskVocabulary, NamedPair } from '@ayni/engine';
import { linkOf } from './answer-extras';
import { formatPct, formatValue, METRIC_LABEL, periodLabel, weekdaysPhrase } from './answer-format';

/*
 * "¿Qué vende más, Providencia o la Matriz?", "marraqueta vs hallulla": the same query for each
 * of two names, each answered as on its own, side by side, with how far apart they are.
 */

/** The list where both sides are rows: the weekday × hour grid for days and hours. */
const LIST_OF = {
  product: 'product',
  category: 'category',
  location: 'location',
  weekdays: 'weekday',
  hours: 'hour',
} as const;

/**
 * How a side is keyed and named: `name` as a label («Los sábados», «De 06:00 a 12:00», a
 * product's name), `phrase` inside a sentence («los sábados», «la franja de 06:00 a 12:00»).
 */
function sideOf(
  pair: NamedPair,
  value: NamedPair['first'],
  context: { vocabulary: AskVocabulary | null; language: AskLanguage },
): { key: string; name: string; phrase: string } {
  const es = context.language === 'es';
  if (Array.isArray(value)) {
    const said = weekdaysPhrase(value, context.language).replace(/^on /, '');
    // «de lunes a viernes» inside a sentence: «a favor de los días de lunes a viernes».
    const phrase = /^(de|from) /.test(said) ? `${es ? 'los días' : 'the days'} ${said}` : said;
    return { key: value.join(','), name: capitalize(said), phrase };
  }
  if (typeof value === 'object') {
    const span = es ? `de ${hour(value.from)} a ${hour(value.to)}` : `${hour(value.from)}–${hour(value.to)}`;
    return {
      key: `${value.from}-${value.to}`,
      name: capitalize(span),
      phrase: es ? `la franja ${span}` : `the ${span} slot`,
    };
  }
  const product =
    pair.dimension === 'product' ? context.vocabulary?.products.find((p) => p.id === value) : null;
  const name = product?.name ?? value;
  return { key: value, name, phrase: name };
}

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Figures that are no sum over the days: an average or a ratio. */
const NOT_SUMMED = new Set([
  'avg_ticket',
  'margin_pct',
  'revenue_share_pct',
  'avg_daily_revenue',
  'avg_daily_transactions',
  'avg_daily_customers',
  'avg_unit_price',
  'avg_monthly_revenue',
  'avg_weekly_revenue',
  'units_per_transaction',
]);

/** Sums over sets of days of unequal size differ by the days as much as by the sales. */
function daysNote(query: AskQuery, pair: NamedPair, language: AskLanguage): string {
  if (pair.dimension !== 'weekdays' || pair.first.length === pair.second.length) return '';
  if (NOT_SUMMED.has(query.metric)) return '';
  const [n, m] = [pair.first.length, pair.second.length];
  return language === 'es'
    ? ` Suman ${n} ${n === 1 ? 'día' : 'días'} de la semana contra ${m}: la diferencia también es de días.`
    : ` They add up ${n} ${n === 1 ? 'day' : 'days'} of the week against ${m}: the gap is also one of days.`;
}

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
  const sides = [
    { ...sideOf(pair, pair.first, context), value: first.values[0] },
    { ...sideOf(pair, pair.second, context), value: other.values[0] },
  ];
  const values = sides.flatMap((side): AskValue[] =>
    side.value ? [{ ...side.value, label: side.name, key: side.key }] : [],
  );
  const [a, b] = values;
  const phrases = new Map(sides.map((side) => [side.key, side.phrase]));
  const phraseOf = (value: AskValue) => phrases.get(value.key) ?? value.label;
  const gap = a && b ? gapText(query.metric, a, b, phraseOf, language) + daysNote(query, pair, language) : '';
  return {
    ...first,
    answer: [first.answer, withoutRepeats(other.answer, first.answer), gap].filter(Boolean).join(' '),
    values,
    chart: a && b ? pairChart(query, a, b, first.chart, language) : null,
    // The list of that dimension over the period shows both rows.
    link: linkOf(companyId, {
      ...query,
      intent: 'ranking',
      by: LIST_OF[pair.dimension],
      ranking: { order: 'desc', by: 'value', limit: 10 },
      filters: { ...query.filters, [pair.dimension]: null },
    }),
    confidence: Math.min(first.confidence, other.confidence),
    sources: [...first.sources, ...other.sources],
  };
}

/** «La diferencia es de 12,4 % a favor de Sucursal Providencia ($1.234.567).» */
function gapText(
  metric: AskQuery['metric'],
  a: AskValue,
  b: AskValue,
  phraseOf: (value: AskValue) => string,
  language: AskLanguage,
): string {
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
      ? `La diferencia es de ${points} puntos a favor de ${phraseOf(high)}.`
      : `The gap is ${points} points in favour of ${phraseOf(high)}.`;
  }
  const difference = amount(highValue - lowValue, a.unit, language);
  // A share of a figure at or below zero (returns, a negative margin) says nothing.
  const share = lowValue > 0 ? ` ${formatPct(((highValue - lowValue) / lowValue) * 100, language)}` : '';
  if (language === 'es')
    return share
      ? `La diferencia es de${share} a favor de ${phraseOf(high)} (${difference}).`
      : `La diferencia es de ${difference} a favor de ${phraseOf(high)}.`;
  return share
    ? `The gap is${share} in favour of ${phraseOf(high)} (${difference}).`
    : `The gap is ${difference} in favour of ${phraseOf(high)}.`;
}

/** The second answer's sentences the first already says (a note on partial data) left out. */
function withoutRepeats(text: string, said: string): string {
  const known = new Set(said.split(/(?<=\.) /));
  return text
    .split(/(?<=\.) /)
    .filter((sentence) => !known.has(sentence))
    .join(' ');
}

/** A figure with its unit when the number alone does not say it (kilos, litres, a price per kilo). */
function amount(value: number, unit: string, language: AskLanguage): string {
  // A price per kilo or litre (`CLP/kg`).
  const [money, per] = unit.split('/');
  if (per)
    return `${formatValue(value, money as string, language)} ${language === 'es' ? 'por' : 'per'} ${per}`;
  if (unit === 'kg' || unit === 'l') return `${formatValue(value, 'weighed', language)} ${unit}`;
  return formatValue(value, unit, language);
}

/**
 * Both sides as bars; with a comparison, the period before and the period, named as the first
 * side's own chart names them (a month still running is cut to the same days).
 */
function pairChart(
  query: AskQuery,
  a: AskValue,
  b: AskValue,
  sideChart: AskChart | null,
  language: AskLanguage,
): AskChart {
  const title = METRIC_LABEL[query.metric][language];
  const categories = [a.label, b.label];
  const [before, after] =
    sideChart?.categories.length === 2
      ? sideChart.categories
      : [periodLabel(query.compare, language), periodLabel(query.period, language)];
  const series = query.compare
    ? [
        { name: before as string, values: [a.previous ?? null, b.previous ?? null] },
        { name: after as string, values: [a.value, b.value] },
      ]
    : [{ name: title, values: [a.value, b.value] }];
  return { type: 'bar', title, categories, series, unit: a.unit };
}
