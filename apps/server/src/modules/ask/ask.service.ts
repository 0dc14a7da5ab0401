import type { AskAnswer, AskLanguage, AskQuery, AskRequest, AskValue } from '@ayni/contracts';
import { getFeatureState, inCompany, listAskVocabulary } from '@ayni/db';
import { type AskVocabulary, detectLanguage, normalizeQuestion, parseQuestion } from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';
import { chartOf, linkOf, refusalText, SUGGESTIONS } from './answer-extras';
import { itemLabel, periodLabel } from './answer-format';
import { answerText } from './answer-text';
import { type Execution, executeQuery, unitOf } from './execute-query';
import { AskRefusal } from './execute-value';
import type { HelpIndex } from './help/help-index';
import { toUf } from './uf-conversion';

/*
 * Ask AYNI, offline: the question is parsed into a structured query (packages/engine/src/ask),
 * run with the dashboards' services in the company's scope, and written from the figures only.
 */

const vocabularyCache = new Map<string, AskVocabulary>();
const CACHE_SIZE = 200;

/** The company's names, cached per data version (`data_through` and the import that set it). */
async function companyState(ctx: ServiceContext) {
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const state = await getFeatureState(tx, ctx.companyId);
    if (!state?.dataThrough) return { dataThrough: null, vocabulary: null };
    const key = `${ctx.companyId}:${state.dataThrough}:${state.computedAt.toISOString()}`;
    let vocabulary = vocabularyCache.get(key);
    if (!vocabulary) {
      vocabulary = await listAskVocabulary(tx, ctx.companyId);
      if (vocabularyCache.size >= CACHE_SIZE)
        vocabularyCache.delete(vocabularyCache.keys().next().value as string);
      vocabularyCache.set(key, vocabulary);
    }
    return { dataThrough: state.dataThrough, vocabulary };
  });
}

const empty = (language: AskLanguage, kind: AskAnswer['kind'], answer: string): AskAnswer => ({
  kind,
  language,
  answer,
  values: [],
  chart: null,
  link: null,
  query: null,
  confidence: 1,
  sources: [],
  suggestions: kind === 'unanswerable' ? SUGGESTIONS[language] : [],
});

export async function askQuestion(
  ctx: ServiceContext,
  request: AskRequest,
  help: HelpIndex,
): Promise<{ answer: AskAnswer; dataThrough: string | null }> {
  const { dataThrough, vocabulary } = await companyState(ctx);
  const language = request.language ?? detectLanguage(normalizeQuestion(request.question));
  const parsed = parseQuestion(request.question, {
    // Without data only definitions can be answered; any date does for parsing them.
    dataThrough: dataThrough ?? '2000-01-01',
    vocabulary: vocabulary ?? undefined,
    language,
  });
  if (parsed.kind === 'help') return { answer: help.answer(parsed.topic, language), dataThrough };
  if (parsed.kind === 'unanswerable') {
    const answer = empty(language, 'unanswerable', refusalText(parsed.reason, language, parsed.options));
    return { answer: { ...answer, confidence: 0.9 }, dataThrough };
  }
  if (dataThrough === null) {
    return { answer: empty(language, 'unanswerable', refusalText('no_data', language)), dataThrough };
  }
  const query = parsed.query;
  let run: Execution;
  try {
    run = await executeQuery(ctx, query);
    if (query.currency === 'UF') run = await toUf(ctx, query, run, dataThrough);
  } catch (error) {
    if (!(error instanceof AskRefusal)) throw error;
    const answer = empty(language, 'unanswerable', refusalText(error.refusal, language));
    return { answer: { ...answer, query }, dataThrough };
  }
  const unit = unitOf(query);
  const productName = vocabulary?.products.find((p) => p.id === query.filters.product)?.name;
  return {
    answer: {
      kind: 'query',
      language,
      answer: answerText(query, run, { language, dataThrough, unit, productName }),
      values: valuesOf(query, run, unit, language),
      chart: chartOf(query, run, unit, language),
      link: linkOf(ctx.companyId, query),
      query,
      confidence: parsed.confidence,
      sources: [{ title: 'feature_rows', ref: linkOf(ctx.companyId, query) }],
      suggestions: [],
    },
    dataThrough,
  };
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
    unit,
  }));
}
