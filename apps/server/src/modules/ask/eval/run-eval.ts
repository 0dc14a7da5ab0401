import { isDeepStrictEqual } from 'node:util';
import { type AskVocabulary, parseQuestion } from '@ayni/engine';
import { DEMO_VOCABULARY, type EvalQuestion, loadEvalSet } from './eval-set';

export interface EvalMiss {
  question: string;
  expected: unknown;
  got: unknown;
}

/** Runs the offline parser over the set: exact structured-query match, language included. */
export function evaluateParser(vocabulary: AskVocabulary = DEMO_VOCABULARY) {
  const { dataThrough, questions } = loadEvalSet();
  const misses: EvalMiss[] = [];
  const latencies: number[] = [];
  for (const item of questions) {
    const started = performance.now();
    const parsed = parseQuestion(item.q, { dataThrough, vocabulary });
    latencies.push(performance.now() - started);
    if (!matches(item, parsed)) {
      misses.push({
        question: item.q,
        expected: item.expect,
        got: parsed.kind === 'query' ? parsed.query : parsed,
      });
    }
  }
  latencies.sort((a, b) => a - b);
  const spanish = questions.filter((item) => item.lang === 'es').length;
  return {
    total: questions.length,
    spanish,
    correct: questions.length - misses.length,
    accuracy: (questions.length - misses.length) / questions.length,
    p95Ms: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
    misses,
  };
}

function matches(item: EvalQuestion, parsed: ReturnType<typeof parseQuestion>): boolean {
  if (item.expect === 'help' || item.expect === 'unanswerable') return parsed.kind === item.expect;
  return (
    parsed.kind === 'query' && parsed.language === item.lang && isDeepStrictEqual(parsed.query, item.expect)
  );
}
