import { type AskDimension, type AskMetric, type AskPeriod, CUSTOMER_COUNT_METRICS } from '@ayni/contracts';
import { basketQuery } from './basket-query';
import { monthPeriod, yearMonth } from './calendar';
import { comparedHours, comparedWeekdays, findHours, findWeekdays } from './clock-filters';
import { customerKindLeftOut } from './customer-kinds';
import { EMPTY_VOCABULARY, findRut, nameStems, namesWithStem, vocabularyStems } from './entities';
import { breakdownEntity, entityDimension } from './entity-dimension';
import { findFilters, type NamedPair } from './entity-filters';
import { goalAmount } from './goal-amount';
import { growthQuery } from './growth-query';
import { asksKeptFigure } from './kept-figures';
import { detectLanguage } from './language';
import { METRIC_WORDS } from './lexicon';
import { ADVICE_WORDS, FUTURE_WORDS } from './lexicon-advice';
import { BREAKDOWN_CUE, BREAKDOWN_WORDS, PRODUCT_NOUNS } from './lexicon-breakdowns';
import {
  ASCENDING_CUE,
  CALENDAR_WHICH,
  CHANGE_CUE,
  CHEAPEST_WORDS,
  COMPARATIVE_CUE,
  FALLING_CUE,
  HABITUAL_CUE,
  PER_PERIOD_RATE,
  PERIOD_AMOUNT_CUE,
  RANKING_CUE,
  RISING_CUE,
  WHICH_CUE,
} from './lexicon-cues';
import {
  BASKET_WORDS,
  COVERAGE_WORDS,
  CUSTOMER_VISIT_WORDS,
  HELP_WORDS,
  SEGMENT_WORDS,
  UF_WORDS,
  UNSOLD_PRODUCT_WORDS,
} from './lexicon-intents';
import { ANNOUNCED_EVENT_WORDS, NOT_IN_DATA_WORDS, refusedTopic, SEASON_WORDS } from './lexicon-refusals';
import { NOT_IN_DATA_ATTRIBUTES } from './lexicon-refusals-attributes';
import { UNIT_SUPERLATIVE_WORDS } from './lexicon-unit-superlatives';
import { clockPair, PAIR_WORDS, PAIRED_BY } from './paired-names';
import { questionText } from './question-text';
import { rankingLimit } from './ranking-limit';
import { currentLike, resolvePeriods } from './resolve-periods';
import { asksSummary, summaryQuery } from './summary-query';
import { asksLargestTickets, largestTicketsQuery } from './ticket-query';
import { findUnit } from './unit-filter';
import { unexplainedName } from './unknown-names';
import { unsoldProducts } from './unsold-products';
import { perDayMetric } from './weekend-or-week';

export { detectLanguage } from './language';

import type { ParseContext, ParsedQuestion, UnanswerableReason } from './parsed-question';

export type { ParseContext, ParsedQuestion, UnanswerableReason } from './parsed-question';

const firstMatch = <T>(table: readonly [T, RegExp][], text: string): T | null =>
  table.find(([, pattern]) => pattern.test(text))?.[0] ?? null;

/** "¿cuántas hallullas…?", "¿cuánta cerveza…?", "how many Coca-Colas…": an amount of a product is its units. */
const COUNTED_PRODUCT =
  /(?:cuant[oa]s|cuanta|how many) (?!clientes|boletas|ventas?|compras|transacciones|devoluciones|veces|plata|ganancia|facturacion|utilidad|customers|sales|transactions|tickets|receipts|orders|returns|times)[a-z]/;

const CALENDAR: readonly AskDimension[] = ['day', 'week', 'month', 'quarter', 'year'];

/** A question → the structured query that answers it, or why there is none. Pure and deterministic. */
export function parseQuestion(question: string, context: ParseContext): ParsedQuestion {
  const text = questionText(question, context.vocabulary ?? EMPTY_VOCABULARY);
  const language = context.language ?? detectLanguage(text);
  const refuse = (reason: UnanswerableReason, options: string[] = []): ParsedQuestion => ({
    kind: 'unanswerable',
    language,
    reason,
    options,
  });
  if (ADVICE_WORDS.test(text)) return refuse('advice');
  if (COVERAGE_WORDS.test(text) || CUSTOMER_VISIT_WORDS.test(text)) {
    const customer = findRut(text);
    if (customer) return { kind: 'coverage', language, customer };
    if (COVERAGE_WORDS.test(text)) return { kind: 'coverage', language };
  }
  if (FUTURE_WORDS.test(text)) return refuse('future');
  if (ANNOUNCED_EVENT_WORDS.test(text)) return refuse('event_dates');
  // A season is refused unless it is a word of one of the company's names ("Helado de verano").
  const season = SEASON_WORDS.exec(text)?.[0];
  const vocabularyWords = vocabularyStems(context.vocabulary ?? EMPTY_VOCABULARY);
  if (season && !nameStems(season).every((stem) => vocabularyWords.has(stem))) return refuse('season_dates');

  const periods = resolvePeriods(text, context.dataThrough, context.today);
  const rest = periods.rest;
  // "¿qué es una boleta anulada?" is a definition even when the figure itself is not in the data.
  if (HELP_WORDS.test(text) && !periods.named) return { kind: 'help', language, topic: question.trim() };
  const topic = refusedTopic(text);
  if (topic) return refuse(topic);
  if ((NOT_IN_DATA_WORDS.test(text) || NOT_IN_DATA_ATTRIBUTES.test(text)) && !asksKeptFigure(text))
    return refuse('not_in_data');

  const found = findFilters(rest, context.vocabulary ?? EMPTY_VOCABULARY);
  // Two names side by side are answered one beside the other when the question asks one figure.
  let pair: NamedPair | null = found.pair;
  let choose = () => refuse('ambiguous', found.ambiguous);
  if (found.ambiguous.length > 0 && !pair) return choose();
  const vocabulary = context.vocabulary ?? EMPTY_VOCABULARY;
  const productName = (id: string | null | undefined) => vocabulary.products.find((p) => p.id === id)?.name;
  const named = [
    found.filters.category,
    found.filters.location,
    productName(found.filters.product),
    pair?.dimension === 'product' ? productName(pair.second) : pair?.second,
  ];
  const used = new Set(named.flatMap((name) => (name ? nameStems(name) : [])));
  const unexplained = unexplainedName(rest, vocabularyStems(vocabulary), used);
  if (unexplained?.known) return refuse('ambiguous', namesWithStem(vocabulary, unexplained.word));
  if (unexplained) return refuse('unknown_name', [unexplained.word]);
  // "¿sábados o domingos?", "mañana vs tarde": two sets of days or hours, side by side too.
  const sideBySide = comparedWeekdays(rest) ?? comparedHours(rest);
  if (sideBySide) {
    const clock = clockPair(sideBySide);
    if (pair || !clock) return refuse('ambiguous', sideBySide);
    pair = clock;
    choose = () => refuse('ambiguous', sideBySide);
  }
  // A product is sold in one unit: a unit word beside it ("kilos de marraqueta") narrows nothing.
  const unit = found.filters.product ? null : findUnit(rest);
  const filters = {
    ...found.filters,
    unit,
    weekdays: pair?.dimension === 'weekdays' ? pair.first : findWeekdays(rest),
    hours: pair?.dimension === 'hours' ? pair.first : findHours(rest),
  };
  const currency = UF_WORDS.test(text) ? 'UF' : 'CLP';
  // "¿cuánto me falta para llegar a 10 millones?": the sales against a goal in pesos.
  const target = goalAmount(question, text);

  if (BASKET_WORDS.test(text)) {
    if (pair) return choose();
    return basketQuery(periods, filters, currency, rankingLimit(rest, 'product', true), language);
  }
  if (asksLargestTickets(text)) {
    if (pair) return choose();
    return largestTicketsQuery(rest, periods, filters, currency, language);
  }
  if (UNSOLD_PRODUCT_WORDS.test(text))
    return pair ? choose() : unsoldProducts(text, periods, context.dataThrough, filters, currency, language);
  const segment = firstMatch(SEGMENT_WORDS, text);
  if (segment !== null) {
    if (pair) return choose();
    return {
      kind: 'query',
      language,
      confidence: 0.9,
      query: {
        intent: 'segment',
        metric: 'revenue',
        by: 'customer',
        period: null,
        compare: null,
        filters,
        ranking: { order: 'desc', by: 'value', limit: 10 },
        segment,
        currency,
      },
    };
  }

  let metric: AskMetric | null = firstMatch(METRIC_WORDS, rest);
  const comparative = periods.compared && COMPARATIVE_CUE.test(text);
  const whichGrew = comparative && WHICH_CUE.test(text);
  const cued =
    (!comparative || whichGrew) &&
    (RANKING_CUE.test(rest) || FALLING_CUE.test(rest) || RISING_CUE.test(rest));
  let by: AskDimension =
    firstMatch(BREAKDOWN_WORDS, rest) ?? firstMatch(UNIT_SUPERLATIVE_WORDS, rest) ?? 'total';
  // "¿qué sucursal vende más, providencia o la matriz?": the two named are the whole breakdown.
  const pairedBy = pair ? PAIRED_BY[pair.dimension] : null;
  if (pairedBy && (by === pairedBy || (pairedBy === 'weekday' && by === 'day'))) by = 'total';
  if (by === 'total' && (cued || BREAKDOWN_CUE.test(rest))) {
    const skip = new Set<AskDimension>(pairedBy ? [pairedBy] : []);
    // "¿qué vende más, la matriz o providencia?": which of the two, not which products.
    if (pair && !PRODUCT_NOUNS.test(rest)) skip.add('product');
    // "items per receipt": the units of a ticket, not a list of products.
    if (filters.product || metric === 'units_per_transaction') skip.add('product');
    if (filters.category) skip.add('category');
    if (filters.location) skip.add('location');
    if (filters.customer) skip.add('customer');
    // "clientes nuevos por sucursal": the customers are the figure, the branch the breakdown.
    const customersCounted =
      metric !== null && metric !== 'avg_daily_customers' && CUSTOMER_COUNT_METRICS.includes(metric);
    // New, returning or repeat customers are never ranked per customer ("crecimiento de clientes
    // nuevos" is one figure).
    by =
      (customersCounted ? entityDimension(rest, new Set([...skip, 'customer'])) : null) ??
      (customersCounted && metric !== 'customers' ? null : entityDimension(rest, skip)) ??
      'total';
  }
  if (by === 'day' && !periods.named && HABITUAL_CUE.test(rest)) by = 'weekday';
  // "venta diaria promedio de noviembre", "sales per day on average": one figure, not days or
  // weekdays ("¿qué sucursal tiene mejor venta diaria promedio?": a ranking of branches).
  const dailyAverage =
    metric === 'avg_daily_revenue' || metric === 'avg_daily_transactions' || metric === 'avg_daily_customers';
  const periodAverage = metric === 'avg_monthly_revenue' || metric === 'avg_weekly_revenue';
  if ((dailyAverage && (by === 'day' || by === 'weekday')) || (periodAverage && CALENDAR.includes(by))) {
    const named = new Set<AskDimension>(
      (['product', 'category', 'location', 'customer'] as const).filter((name) => filters[name] !== null),
    );
    // "venta mensual promedio por sucursal": each branch's average.
    by = (cued ? entityDimension(rest, named) : breakdownEntity(rest, named)) ?? 'total';
  }
  if (by === 'customer' && metric === 'customers') metric = null;
  // "gasto promedio por cliente": one figure, not the customers listed. Per month ("¿cuánto me
  // compra cada cliente al mes?") it is another figure, not kept.
  if (by === 'customer' && metric === 'revenue_per_customer') by = 'total';
  if (metric === 'revenue_per_customer' && PER_PERIOD_RATE.test(rest)) return refuse('not_in_data');
  // Products and categories keep no return tickets, only their return lines: counted as such.
  const ofProducts = by === 'product' || by === 'category' || filters.product || filters.category;
  if (metric === 'returns' && ofProducts) metric = 'return_lines';
  if (filters.product && (metric === null || metric === 'revenue') && COUNTED_PRODUCT.test(rest))
    metric = 'units';
  if (customerKindLeftOut(rest, metric ?? 'revenue', by)) return refuse('customer_kind');
  if (by === 'total' && !pair && asksSummary(rest, metric, filters))
    return summaryQuery(periods, filters, currency, language);
  const anyFilter = Object.values(filters).some((value) => value !== null);
  // "compárame noviembre con el mismo mes del año pasado": two periods are enough to mean sales.
  const comparing = periods.compared || (periods.named && CHANGE_CUE.test(rest));
  const amountOfPeriod = periods.named && PERIOD_AMOUNT_CUE.test(rest);
  if (metric === null && by === 'total' && !anyFilter && !comparing && !amountOfPeriod && target === null)
    return refuse('not_understood');
  // A share of all the sales is 100 %: "¿qué porcentaje de mis ventas son devoluciones?" names
  // no part the catalog keeps, and a name the company does not have is no part either.
  const slice = filters.product || filters.category || filters.location || filters.customer || filters.unit;
  if (metric === 'revenue_share_pct' && !slice && by !== 'product' && by !== 'category')
    return refuse('share_of_what');
  // A price is a product's: kilos and pieces of several products have no price together.
  if (metric === 'avg_unit_price' && !filters.product && by !== 'product') return refuse('price_of_what');

  const falling = FALLING_CUE.test(rest) || (whichGrew && ASCENDING_CUE.test(rest));
  const rising = RISING_CUE.test(rest) || (whichGrew && !falling);
  const isCalendar = CALENDAR.includes(by);
  const ranked = by !== 'total' && (!isCalendar || cued);
  const ranking = ranked
    ? {
        order:
          falling || (!rising && (ASCENDING_CUE.test(rest) || CHEAPEST_WORDS.test(rest)))
            ? ('asc' as const)
            : ('desc' as const),
        by: falling || rising ? ('change' as const) : ('value' as const),
        limit: rankingLimit(rest, by, cued),
      }
    : null;
  // "crecimiento mensual", "monthly growth": the latest month against the one before it, not
  // the months ranked ("¿qué mes creció más?" asks that).
  const latestGrowth = isCalendar && ranking?.by === 'change' && !periods.named && !CALENDAR_WHICH.test(text);
  if (latestGrowth) {
    const latest = currentLike({ grain: by as AskPeriod['grain'], from: '', to: '' }, context.dataThrough);
    if (latest) return growthQuery(latest, metric ?? 'revenue', filters, currency, language);
  }
  const intent = ranking ? 'ranking' : isCalendar ? 'series' : 'value';
  // "marraqueta vs hallulla": the comparison words set the two names side by side, not two periods.
  const changeWords = pair ? rest.replace(PAIR_WORDS, ' ') : rest;
  const wantsChange = ranking?.by === 'change' || (intent === 'value' && CHANGE_CUE.test(changeWords));
  const picked = periods.pick({ wantsChange, series: intent === 'series' });
  // A ranking or a series of each of two names is two answers: which one is asked.
  if (pair && intent !== 'value') return choose();
  const goal = target !== null && intent === 'value' && (metric ?? 'revenue') === 'revenue' && !pair;
  // A goal with no period named is this month's (of the data's last day), against nothing else.
  // "¿qué mes creció más?": each month against the one before it, over the period named or all.
  const eachAgainstPrevious = isCalendar && ranking?.by === 'change';
  const { period, compare } = goal
    ? { period: picked.period ?? monthPeriod(...yearMonth(context.dataThrough)), compare: null }
    : eachAgainstPrevious
      ? { period: periods.named ? picked.period : null, compare: null }
      : picked;

  return {
    kind: 'query',
    language,
    confidence: metric === null ? 0.7 : 0.95,
    ...(pair ? { versus: pair } : {}),
    query: {
      intent,
      metric: intent === 'value' ? perDayMetric(pair, metric ?? 'revenue', rest) : (metric ?? 'revenue'),
      by,
      period,
      compare,
      filters,
      ranking,
      segment: null,
      currency,
      ...(goal ? { target } : {}),
    },
  };
}
