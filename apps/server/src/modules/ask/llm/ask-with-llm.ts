import { type AskAnswer, type AskQuery, askQuerySchema } from '@ayni/contracts';
import type { AskVocabulary } from '@ayni/engine';
import type { Logger } from 'pino';
import { numbersIn, numbersMatch } from './answer-numbers';
import type { LlmClient } from './llm-client';
import { QUERY_TOOL, querySystemPrompt, writerSystemPrompt, writerUserPrompt } from './llm-prompts';

/** The model's structured query for a question; null when it is not a valid one (then: offline). */
export async function llmQuery(
  client: LlmClient,
  question: string,
  context: { dataThrough: string; vocabulary: AskVocabulary | null; today: string },
): Promise<AskQuery | null> {
  const args = await client.callTool(
    querySystemPrompt(context.dataThrough, context.vocabulary, context.today),
    question,
    QUERY_TOOL,
  );
  const parsed = askQuerySchema.safeParse(args);
  return parsed.success ? parsed.data : null;
}

/** Numbers of the question and the query's periods that an answer may repeat (years, days, top N). */
function namedNumbers(question: string, query: AskQuery): number[] {
  const dates = [query.period, query.compare].flatMap((p) => (p ? [p.from, p.to] : []));
  const parts = dates.flatMap((d) => d.split('-').map(Number));
  const inQuestion = [...question.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const ranks = Array.from({ length: query.ranking?.limit ?? 0 }, (_, i) => i + 1);
  return [...parts, ...inQuestion, ...ranks, query.ranking?.limit ?? 0, 1, 2, 3, 4];
}

/**
 * The model rewrites the template answer in its own words; kept only if every number in it is one
 * of the query's figures. Otherwise (or on any error) the template answer stands.
 */
export async function llmAnswerText(
  client: LlmClient,
  question: string,
  answer: AskAnswer,
  log: Logger,
): Promise<AskAnswer> {
  if (answer.kind !== 'query' || answer.query === null) return answer;
  try {
    const text = await client.write(
      writerSystemPrompt(answer.language),
      writerUserPrompt(question, answer.values, answer.answer),
    );
    // Numbers of our own template sentence (dates, ranks) may be repeated too.
    const trusted = [...namedNumbers(question, answer.query), ...numbersIn(answer.answer, answer.language)];
    if (numbersMatch(text, answer.language, answer.values, trusted)) {
      return { ...answer, answer: text.trim() };
    }
    log.warn({ text }, 'ask: the model wrote numbers that are not in the query result; template kept');
  } catch (error) {
    log.warn({ err: error }, 'ask: the model could not write the answer; template kept');
  }
  return answer;
}
