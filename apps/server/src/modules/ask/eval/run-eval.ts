import { isDeepStrictEqual } from 'node:util';
import { type AskVocabulary, parseQuestion } from '@ayni/engine';
import { unsupportedQualifiers } from '../qualifier-guard';
import { DEMO_VOCABULARY, type EvalQuestion, loadEvalSet } from './eval-set';

export interface EvalMiss {
  question: string;
  expected: unknown;
  got: unknown;
}

/** Runs the offline parser over the set: exact structured-query match, language included. */
export function evaluateParser(vocabulary: AskVocabulary = DEMO_VOCABULARY, path?: string) {
  const { dataThrough, questions } = loadEvalSet(path);
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
        got: parsed.kind === 'query' ? { ...parsed.query, versus: parsed.versus?.second } : parsed,
      });
    }
  }
  // A second pass: the first one also pays for compiling the regexes and the JIT.
  const warm = questions.map((item) => {
    const started = performance.now();
    parseQuestion(item.q, { dataThrough, vocabulary });
    return performance.now() - started;
  });
  const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0;
  const spanish = questions.filter((item) => item.lang === 'es').length;
  return {
    total: questions.length,
    spanish,
    correct: questions.length - misses.length,
    accuracy: (questions.length - misses.length) / questions.length,
    p95ColdMs: p95(latencies),
    p95WarmMs: p95(warm),
    misses,
  };
}

function matches(item: EvalQuestion, parsed: ReturnType<typeof parseQuestion>): boolean {
  // A query with a qualifier its executor would leave out is refused by the server (qualifier-guard).
  const refused = parsed.kind === 'query' && unsupportedQualifiers(parsed.query).length > 0;
  const kind = refused ? 'unanswerable' : parsed.kind;
  // A refusal or a help answer in the wrong language is a miss too: the user reads it.
  if (item.expect === 'help' || item.expect === 'unanswerable' || item.expect === 'coverage')
    return kind === item.expect && parsed.language === item.lang;
  if (refused) return false;
  if (parsed.kind === 'query' && !isDeepStrictEqual(parsed.versus?.second, item.versus)) return false;
  return (
    parsed.kind === 'query' && parsed.language === item.lang && isDeepStrictEqual(parsed.query, item.expect)
  );
}
