import type { AskAnswer, AskLanguage, AskQuery, AskRequest, AskValue } from '@ayni/contracts';
import { getDataFrom, getFeatureState, hasIdentifiedCustomers, inCompany, listAskVocabulary } from '@ayni/db';
import { type AskVocabulary, detectLanguage, normalizeQuestion, parseQuestion } from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';
import { localDate } from '../reports/report-periods';
import { sameDaysNote } from './answer-caveats';
import {
  chartOf,
  countsCustomers,
  emptyAnswer as empty,
  linkOf,
  refusalText,
  withoutCustomerSuggestions,
} from './answer-extras';
import { dayLabel, itemLabel, periodLabel } from './answer-format';
import { answerPair } from './answer-pair';
import { sourceOf } from './answer-sources';
import { answerText } from './answer-text';
import { AskRefusal } from './ask-refusal';
import { customerVisitsText } from './customer-lookup';
import { type Execution, unitOf } from './execute-query';
import { goalText, goalValues } from './goal-text';
import type { HelpIndex } from './help/help-index';
import { llmAnswerText, llmQuery } from './llm/ask-with-llm';
import type { LlmClient } from './llm/llm-client';
import { unsupportedQualifiers, unsupportedText } from './qualifier-guard';
import { runQuery } from './run-query';
import { answerSummary } from './summary';

/*
 * Ask AYNI, offline: the question is parsed into a structured query (packages/engine/src/ask),
 * run with the dashboards' services in the company's scope, and written from the figures only.
 */

const stateCache = new Map<
  string,
  { vocabulary: AskVocabulary; dataFrom: string | null; hasCustomers: boolean }
>();
const CACHE_SIZE = 200;

/**
 * The company's names, first day and whether its files name customers, cached per data version
 * (`data_through` and the import that set it).
 */
async function companyState(ctx: ServiceContext) {
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const state = await getFeatureState(tx, ctx.companyId);
    if (!state?.dataThrough)
      return { dataThrough: null, dataFrom: null, vocabulary: null, hasCustomers: false };
    const key = `${ctx.companyId}:${state.dataThrough}:${state.computedAt.toISOString()}`;
    let cached = stateCache.get(key);
    if (!cached) {
      cached = {
        vocabulary: await listAskVocabulary(tx, ctx.companyId),
        dataFrom: await getDataFrom(tx, ctx.companyId),
        hasCustomers: await hasIdentifiedCustomers(tx, ctx.companyId),
      };
      if (stateCache.size >= CACHE_SIZE) stateCache.delete(stateCache.keys().next().value as string);
      stateCache.set(key, cached);
    }
    return { dataThrough: state.dataThrough, ...cached };
  });
}

export interface AskResult {
  answer: AskAnswer;
  dataThrough: string | null;
  parser: 'offline' | 'llm';
}

export async function askQuestion(
  ctx: ServiceContext,
  request: AskRequest,
  deps: { help: HelpIndex; llm?: LlmClient | null; nowMs: number },
): Promise<AskResult> {
  const { help, llm = null } = deps;
  const { dataThrough, dataFrom, vocabulary, hasCustomers } = await companyState(ctx);
  const language = request.language ?? detectLanguage(normalizeQuestion(request.question));
  const today = localDate(deps.nowMs);
  const parsed = parseQuestion(request.question, {
    // Without data only definitions can be answered; any date does for parsing them.
    dataThrough: dataThrough ?? '2000-01-01',
    today,
    vocabulary: vocabulary ?? undefined,
    language,
  });
  // Suggestions fit the data: no customer questions to a company whose files name none.
  const fit = (answer: AskAnswer) => (hasCustomers ? answer : withoutCustomerSuggestions(answer));
  const offline = (answer: AskAnswer): AskResult => ({ answer: fit(answer), dataThrough, parser: 'offline' });
  if (parsed.kind === 'help') return offline(help.answer(parsed.topic, language));
  if (parsed.kind === 'coverage') {
    if (dataThrough === null || dataFrom === null)
      return offline(empty(language, 'unanswerable', refusalText('no_data', language)));
    if (parsed.customer) {
      const visits = await customerVisitsText(ctx, parsed.customer, language).catch((error: unknown) => {
        if (error instanceof AskRefusal) return null;
        throw error;
      });
      return offline(
        visits === null
          ? empty(language, 'unanswerable', refusalText('unknown_entity', language))
          : empty(language, 'help', visits),
      );
    }
    return offline(empty(language, 'help', coverageText(dataFrom, dataThrough, language)));
  }
  // Advice, the future, data we do not have, event days we do not know and figures of a kind of
  // customer are refused whatever a model would say.
  if (
    parsed.kind === 'unanswerable' &&
    [
      'advice',
      'future',
      'not_in_data',
      'event_dates',
      'season_dates',
      'customer_kind',
      'tax',
      'currency',
    ].includes(parsed.reason)
  ) {
    return offline({
      ...empty(language, 'unanswerable', refusalText(parsed.reason, language)),
      confidence: 0.9,
    });
  }
  if (dataThrough === null) return offline(empty(language, 'unanswerable', refusalText('no_data', language)));

  // Two names side by side are two queries: the model writes one, so the offline parser answers.
  const pairAsked = parsed.kind === 'query' && parsed.versus !== undefined;
  if (llm && !pairAsked) {
    try {
      const query = await llmQuery(llm, request.question, { dataThrough, vocabulary, today });
      if (query) {
        const answer = await answerQuery(ctx, query, {
          language,
          dataThrough,
          dataFrom,
          vocabulary,
          hasCustomers,
          confidence: 0.8,
        });
        const written = await llmAnswerText(llm, request.question, answer, ctx.log);
        return { answer: fit(written), dataThrough, parser: 'llm' };
      }
      ctx.log.warn('ask: the model returned no valid query; offline parser used');
    } catch (error) {
      ctx.log.warn({ err: error }, 'ask: the model failed; offline parser used');
    }
  }
  if (parsed.kind === 'unanswerable') {
    const answer = empty(language, 'unanswerable', refusalText(parsed.reason, language, parsed.options));
    return offline({ ...answer, confidence: 0.9 });
  }
  const answerOf = (query: AskQuery) =>
    answerQuery(ctx, query, {
      language,
      dataThrough,
      dataFrom,
      vocabulary,
      hasCustomers,
      confidence: parsed.confidence,
    });
  // "X vs Y": each answered as on its own, side by side.
  const versus = parsed.versus;
  const answer = versus
    ? await answerPair(ctx.companyId, parsed.query, versus, { vocabulary, language }, answerOf)
    : await answerOf(parsed.query);
  return offline(answer);
}

/** Runs a structured query and writes its answer (templates), or the reason it cannot be run. */
export async function answerQuery(
  ctx: ServiceContext,
  query: AskQuery,
  context: {
    language: AskLanguage;
    dataThrough: string;
    /** The company's first day with lines: periods starting before it are said to be partial. */
    dataFrom?: string | null;
    vocabulary: AskVocabulary | null;
    /** False when no line names its customer: customer figures would all read 0. */
    hasCustomers?: boolean;
    confidence: number;
  },
): Promise<AskAnswer> {
  const { language, dataThrough, vocabulary } = context;
  const dataFrom = context.dataFrom ?? null;
  // A qualifier its executor would leave out is refused, never answered with the wider figure.
  if (context.hasCustomers === false && countsCustomers(query)) {
    return { ...empty(language, 'unanswerable', refusalText('no_customers', language)), query };
  }
  const productName = vocabulary?.products.find((p) => p.id === query.filters.product)?.name;
  const unsupported = unsupportedQualifiers(query);
  if (unsupported.length > 0) {
    return {
      ...empty(language, 'unanswerable', unsupportedText(query, unsupported, language, productName)),
      query,
    };
  }
  if (query.intent === 'summary') {
    const summaryContext = { ...context, dataFrom, hasCustomers: context.hasCustomers !== false };
    return answerSummary(ctx, query, summaryContext, (asked) => answerQuery(ctx, asked, context));
  }
  // `computed`: the query really run (a running period compared with a whole one is cut to the
  // same days); `query` stays what the question was read as.
  let computed: AskQuery;
  let run: Execution;
  try {
    ({ computed, run } = await runQuery(ctx, query, { from: dataFrom, through: dataThrough }));
  } catch (error) {
    if (!(error instanceof AskRefusal)) throw error;
    // Customers by hour or weekday: say what can be asked instead.
    const clockCustomers =
      error.refusal === 'metric_not_at_level' &&
      (query.metric === 'customers' || query.metric === 'new_customers') &&
      (query.by === 'hour' || query.by === 'weekday');
    const reason = clockCustomers ? 'customers_by_clock' : error.refusal;
    return { ...empty(language, 'unanswerable', refusalText(reason, language)), query };
  }
  const unit = unitOf(computed);
  return {
    kind: 'query',
    language,
    answer:
      answerText(computed, run, { language, dataThrough, dataFrom, unit, productName }) +
      goalText(computed, run, { language, dataThrough, unit }) +
      (computed !== query ? sameDaysNote(query, dataThrough, language) : ''),
    values: [...valuesOf(computed, run, unit, language), ...goalValues(computed, unit, language)],
    chart: chartOf(computed, run, unit, language),
    link: linkOf(ctx.companyId, computed),
    query,
    confidence: context.confidence,
    sources: [sourceOf(ctx.companyId, computed)],
    suggestions: [],
  };
}

/** "¿Cuándo fue mi última venta?": the first and last day of the sales loaded. */
function coverageText(dataFrom: string, dataThrough: string, language: AskLanguage): string {
  const [from, through] = [dayLabel(dataFrom, language), dayLabel(dataThrough, language)];
  return language === 'es'
    ? `Tus ventas cargadas van del ${from} al ${through}: la primera es del ${from} y la última del ${through}.`
    : `Your loaded sales run from ${from} to ${through}: the first is of ${from} and the last of ${through}.`;
}

function valuesOf(query: AskQuery, run: Execution, unit: string, language: AskLanguage): AskValue[] {
  return run.items.map((item) => ({
    label:
      query.intent === 'value'
        ? periodLabel(query.period, language)
        : itemLabel(query.by, item.key, item.label, language),
    key: item.key,
    metric: query.metric,
    value: item.value,
    ...(item.previous !== undefined ? { previous: item.previous, change_pct: item.changePct ?? null } : {}),
    // A weighed quantity is in its unit (`kg`), not a count of units; its price is per that unit.
    unit:
      !item.unit || item.unit === 'un'
        ? unit
        : query.metric === 'units'
          ? item.unit
          : query.metric === 'avg_unit_price'
            ? `${unit}/${item.unit}`
            : unit,
  }));
}
