import type { AskLanguage, AskQuery } from '@ayni/contracts';
import { customerLabel } from '@ayni/contracts';
import { caveats } from './answer-caveats';
import {
  calendarPhrase,
  formatPct,
  formatValue,
  inPeriod,
  itemLabel,
  METRIC_LABEL,
  weekdaysPhrase,
} from './answer-format';
import { basketsText } from './baskets-text';
import { coveredInPart } from './calendar-changes';
import type { Execution } from './execute-query';
import { noWholePeriod, wholePeriods } from './period-average-text';
import { againstOf, dimensionOf } from './ranking-words';
import { shareWholeBranch } from './share-whole';
import { ticketsText } from './tickets-text';
import { unsoldText } from './unsold-text';
import { figureNotes, priceNote } from './value-notes';

/* The answer's sentence, from the executed figures only (templates in Spanish and English). */

const SERIES_BY: Record<string, string> = {
  day: 'día',
  week: 'semana',
  month: 'mes',
  quarter: 'trimestre',
  year: 'año',
};

/** Longer series are described by their highest and lowest points. */
const SERIES_LISTED = 12;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** " de Pan marraqueta en Sucursal Providencia los sábados entre 09:00 y 12:00". */
export function filterText(query: AskQuery, names: { product?: string }, language: AskLanguage): string {
  const es = language === 'es';
  const f = query.filters;
  const parts: string[] = [];
  if (f.product) parts.push(`${es ? 'de' : 'of'} ${names.product ?? f.product}`);
  if (f.category) parts.push(`${es ? 'en la categoría' : 'in the category'} ${f.category}`);
  if (f.customer) parts.push(`${es ? 'del cliente' : 'of customer'} ${customerLabel(f.customer)}`);
  if (f.unit) {
    if (query.metric === 'units') parts.push(`${es ? 'en' : 'in'} ${f.unit}`);
    else parts.push(es ? `de productos vendidos por ${f.unit}` : `of products sold by ${f.unit}`);
  }
  if (f.location) parts.push(`${es ? 'en' : 'at'} ${f.location}`);
  if (f.weekdays) parts.push(weekdaysPhrase(f.weekdays, language));
  if (f.hours) {
    const from = `${String(f.hours.from).padStart(2, '0')}:00`;
    const to = `${String(f.hours.to).padStart(2, '0')}:00`;
    parts.push(es ? `entre ${from} y ${to}` : `between ${from} and ${to}`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export function answerText(
  query: AskQuery,
  run: Execution,
  context: {
    language: AskLanguage;
    dataThrough: string;
    dataFrom?: string | null;
    unit: string;
    productName?: string;
  },
): string {
  const { language, unit } = context;
  const es = language === 'es';
  // A quantity in kilos (of a weighed product, or of the products sold by the kilo) is no count of units.
  const weighed =
    query.intent !== 'series' &&
    query.metric === 'units' &&
    (query.filters.unit || (query.intent === 'value' && run.items[0]?.unit && run.items[0].unit !== 'un'));
  const metric = weighed ? QUANTITY_LABEL[language] : METRIC_LABEL[query.metric][language];
  const when = inPeriod(query.period, language);
  const filters = filterText(query, { product: context.productName }, language);
  const fmt = (value: number | null) => formatValue(value, unit, language);
  // A value's quantity carries its unit (`221,557 kg`); ranked items carry their own.
  const fmtValue = (value: number | null) =>
    value === null ? fmt(value) : (inItsUnit(query, value, run.items[0]?.unit, language) ?? fmt(value));
  const tail = caveats(
    query,
    run,
    { through: context.dataThrough, from: context.dataFrom ?? null },
    language,
  );

  if (query.segment === 'baskets') return basketsText(run, context.productName ?? null, language);
  if (query.segment === 'largest_tickets') return ticketsText(run, `${filters} ${when}`, tail, language);
  if (query.segment === 'unsold') {
    const none = { weekdays: null, hours: null, unit: null };
    const unit = query.filters.unit ? ` (${es ? 'por' : 'by'} ${query.filters.unit})` : '';
    const slice = unit + filterText({ ...query, filters: { ...query.filters, ...none } }, {}, language);
    const clock = filterText(
      { ...query, filters: { ...query.filters, location: null, category: null, unit: null } },
      {},
      language,
    );
    return unsoldText(query, run, { slice, clock, tail }, language);
  }
  if (query.intent === 'value') {
    const item = run.items[0];
    if (!item || item.value === null) {
      if (item?.periods && item.periods.whole === 0) return noWholePeriod(query, item.periods, language);
      if (run.missing === 'not_derivable') {
        return es
          ? `No puedo sumar ${metric} de varios períodos (un cliente contaría dos veces): pregunta por un mes, un trimestre o un año.`
          : `I cannot add up ${metric} over several periods (a customer would count twice): ask for one month, quarter or year.`;
      }
      // Days inside the data with no line are days without sales (a holiday, a closed shop),
      // not data missing.
      const period = query.period;
      const from = context.dataFrom ?? null;
      const inside =
        run.missing === 'no_data' &&
        from !== null &&
        (period === null || (period.from >= from && period.to <= context.dataThrough));
      if (inside) {
        const oneDay = period !== null && period.from === period.to;
        // Of the whole shop, no line at all; of a product or branch, none of theirs.
        const why = filters
          ? ''
          : es
            ? `: tus datos no tienen líneas ${oneDay ? 'ese día' : 'esos días'}`
            : `: your data has no lines on ${oneDay ? 'that day' : 'those days'}`;
        return es
          ? `No hubo ventas${filters} ${when}${why}.${tail}`
          : `There were no sales${filters} ${when}${why}.${tail}`;
      }
      return es
        ? `No hay datos de ${metric}${filters} ${when}.${tail}`
        : `There is no ${metric}${filters} data ${when}.${tail}`;
    }
    const pct = item.marginPct != null ? formatValue(item.marginPct, '%', language) : null;
    const ofSales = pct === null ? '' : es ? ` (${pct} de la venta)` : ` (${pct} of sales)`;
    const perDays =
      item.days === undefined
        ? ''
        : es
          ? ` (${item.days} días con ventas)`
          : ` (${item.days} days with sales)`;
    const perPeriods = item.periods ? wholePeriods(query, item.periods, language) : '';
    let text = `${capitalize(metric)}${filters} ${when}: ${fmtValue(item.value)}${ofSales}${perDays}${perPeriods}${shareBase(query, language)}.`;
    text += figureNotes(query.metric, item, language);
    if (query.compare) {
      const before = inPeriod(query.compare, language);
      if (item.previous === null || item.previous === undefined) {
        text += es
          ? ` No hay datos ${before} para comparar.`
          : ` There is no data ${before} to compare with.`;
      } else if (item.changePct === null || item.changePct === undefined) {
        text += ` ${capitalize(before)}: ${fmtValue(item.previous)}.`;
      } else {
        const up = item.changePct >= 0;
        const direction = es ? (up ? 'más' : 'menos') : up ? 'more' : 'less';
        text += es
          ? ` Es ${formatPct(item.changePct, language)} ${direction} que ${before} (${fmtValue(item.previous)}).`
          : ` That is ${formatPct(item.changePct, language)} ${direction} than ${before} (${fmtValue(item.previous)}).`;
      }
    }
    return text + priceNote(query.metric, language) + tail;
  }

  const dimension = dimensionOf(query, language);
  // Calendar periods in words; their year only when the answer spans several.
  const oneYear = query.period !== null && query.period.from.slice(0, 4) === query.period.to.slice(0, 4);
  const phrase = (item: Execution['items'][number]) =>
    item.start !== undefined
      ? calendarPhrase(query.by, item.start, language, !oneYear)
      : itemLabel(query.by, item.key, item.label, language);
  const list = run.items
    .map((item, index) => {
      const label = phrase(item);
      const change =
        query.ranking?.by === 'change' && item.change !== null && item.change !== undefined
          ? `${item.change >= 0 ? '+' : '−'}${fmt(Math.abs(item.change))}${item.changePct != null ? `, ${item.changePct >= 0 ? '+' : '−'}${formatPct(item.changePct, language)}` : ''}`
          : (inItsUnit(query, item.value, item.unit, language) ?? fmt(item.value));
      return `${index + 1}. ${label} (${change})`;
    })
    .join('; ');

  if (query.intent === 'segment') {
    const days = run.segmentDays ?? (query.segment === 'at_risk' ? 45 : 90);
    const what =
      query.segment === 'at_risk'
        ? es
          ? `en riesgo (${days} días o más sin comprar)`
          : `at risk (${days} days or more without buying)`
        : es
          ? `perdidos (${days} días o más sin comprar)`
          : `lost (${days} days or more without buying)`;
    if (!run.total) return es ? `No tienes clientes ${what}.` : `You have no customers ${what}.`;
    return es
      ? `Tienes ${run.total} clientes ${what}. Los que más te han comprado: ${list}.`
      : `You have ${run.total} customers ${what}. Those who bought the most from you: ${list}.`;
  }
  const changeRanking = query.intent === 'ranking' && query.ranking?.by === 'change';
  if (run.items.length === 0 && changeRanking) {
    const fell = query.ranking?.order === 'asc';
    const against = againstOf(query, language);
    return es
      ? `No hay ${dimensionOf(query, language)} que ${fell ? 'hayan caído' : 'hayan crecido'} en ${metric}${filters} ${when} ${against}.${tail}`
      : `No ${dimensionOf(query, language)} ${fell ? 'fell' : 'grew'} in ${metric}${filters} ${when} ${against}.${tail}`;
  }
  if (run.items.length === 0)
    return es ? `No hay datos ${when}${filters}.${tail}` : `There is no data ${when}${filters}.${tail}`;
  // Not one item has the figure (commissions or costs the files do not carry): said once, not
  // as a list of «sin dato».
  if (!changeRanking && run.items.every((item) => item.value === null))
    return es
      ? `No hay datos de ${metric}${filters} ${when}.${tail}`
      : `There is no ${metric}${filters} data ${when}.${tail}`;
  if (query.intent === 'series') {
    const head = es
      ? `${capitalize(metric)}${filters} por ${SERIES_BY[query.by] ?? query.by} ${when}`
      : `${capitalize(metric)}${filters} by ${query.by} ${when}`;
    if (run.items.length <= SERIES_LISTED) return `${head}: ${list}.${tail}`;
    // A long series is summed up in words; every point stays in `values` and the chart.
    // The highest and lowest of the periods the data covers whole (a month in progress is low
    // for having fewer days).
    const data = { from: context.dataFrom ?? null, through: context.dataThrough };
    const known = run.items.filter((item) => item.value !== null && !coveredInPart(item, data));
    const byValue = [...known].sort((a, b) => (a.value as number) - (b.value as number));
    const high = byValue.at(-1);
    const low = byValue[0];
    const point = (item: typeof high) => (item ? `${phrase(item)} (${fmt(item.value)})` : '—');
    const someInPart = run.items.some((item) => coveredInPart(item, data));
    const among = someInPart
      ? es
        ? ' (entre los períodos que tus datos cubren enteros)'
        : ' (among the periods your data covers whole)'
      : '';
    return es
      ? `${head}: ${run.items.length} períodos; el más alto ${point(high)}, el más bajo ${point(low)}${among}.${tail}`
      : `${head}: ${run.items.length} periods; highest ${point(high)}, lowest ${point(low)}${among}.${tail}`;
  }
  const ranking = query.ranking ?? { order: 'desc', by: 'value', limit: 5 };
  const against = againstOf(query, language);
  let head: string;
  if (ranking.by === 'change') {
    head = es
      ? `${capitalize(dimension)} que más ${ranking.order === 'asc' ? 'cayeron' : 'crecieron'} en ${metric} ${when} ${against}`
      : `${capitalize(dimension)} whose ${metric} ${ranking.order === 'asc' ? 'fell' : 'grew'} the most ${when} ${against}`;
  } else if (query.metric === 'avg_unit_price') {
    // «Productos más caros (precio promedio de venta)»: each at its own unit, a kilo or a piece.
    const dearest = ranking.order === 'desc';
    head = es
      ? `${capitalize(dimension)} más ${dearest ? 'caros' : 'baratos'} (${metric}, por kilo o por unidad)${filters} ${when}`
      : `${capitalize(dimension)} with the ${dearest ? 'highest' : 'lowest'} ${metric} (per kilo or per piece)${filters} ${when}`;
  } else {
    head = es
      ? `${capitalize(dimension)} con ${ranking.order === 'asc' ? 'menos' : 'más'} ${metric}${filters} ${when}`
      : `${capitalize(dimension)} with the ${ranking.order === 'asc' ? 'lowest' : 'highest'} ${metric}${filters} ${when}`;
  }
  // Branches' averages per month or week: over the same whole ones, named once.
  const averaged = run.items[0]?.periods;
  if (averaged) head += wholePeriods(query, averaged, language);
  return `${head}: ${list}.${marginHint(query, language)}${tail}`;
}

/** Products, categories or branches ranked by margin in pesos: say how to compare them in %. */
function marginHint(query: AskQuery, language: AskLanguage): string {
  if (query.metric !== 'gross_margin' || !['product', 'category', 'location'].includes(query.by)) return '';
  return language === 'es'
    ? ' Ordenado por margen en pesos; pregunta por el «margen porcentual» para compararlos en %.'
    : ' Ranked by margin in pesos; ask for the «margin percentage» to compare them in %.';
}

/** What a share is of: the company's sales, or the branch's when a product or category is the part. */
function shareBase(query: AskQuery, language: AskLanguage): string {
  if (query.metric !== 'revenue_share_pct') return '';
  const branch = shareWholeBranch(query.filters);
  if (language === 'es')
    return branch ? ` de la venta neta de ${branch}` : ' de la venta neta de toda la empresa';
  return branch ? ` of ${branch}'s net sales` : " of the whole company's net sales";
}

const QUANTITY_LABEL: Record<AskLanguage, string> = { es: 'cantidad vendida', en: 'quantity sold' };

/**
 * A figure of a weighed product in its unit, as the explorer writes it: a quantity to the gram
 * («4.634,800 kg»), a price per kilo («$2.366 por kg»); null for pieces and other figures.
 */
function inItsUnit(
  query: AskQuery,
  value: number | null,
  unit: string | null | undefined,
  language: AskLanguage,
): string | null {
  if (!unit || unit === 'un' || value === null) return null;
  if (query.metric === 'units') return `${formatValue(value, 'weighed', language)} ${unit}`;
  if (query.metric === 'avg_unit_price')
    return `${formatValue(value, 'CLP', language)} ${language === 'es' ? 'por' : 'per'} ${unit}`;
  return null;
}
