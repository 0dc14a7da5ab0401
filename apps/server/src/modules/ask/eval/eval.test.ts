import type { AskQuery } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { unsupportedQualifiers } from '../qualifier-guard';
import { loadEvalSet } from './eval-set';
import { evaluateParser } from './run-eval';

describe('Ask evaluation set (offline parser)', () => {
  it('has at least 150 questions, two thirds in Spanish', () => {
    const { questions } = loadEvalSet();
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(questions.filter((q) => q.lang === 'es').length / questions.length).toBeGreaterThanOrEqual(2 / 3);
  });

  it('matches the expected structured query exactly for at least 90 % of the questions', () => {
    const result = evaluateParser();
    // The misses, printed so a failure says which questions regressed.
    const report = result.misses.map(
      (miss) =>
        `${miss.question}\n  expected ${JSON.stringify(miss.expected)}\n  got ${JSON.stringify(miss.got)}`,
    );
    expect(result.accuracy, report.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('expects an answer only where its executor applies every qualifier of the query', () => {
    const leftOut = loadEvalSet()
      .questions.filter((item) => typeof item.expect !== 'string')
      .map((item) => ({ q: item.q, unsupported: unsupportedQualifiers(item.expect as AskQuery) }))
      .filter((item) => item.unsupported.length > 0);
    expect(leftOut).toEqual([]);
  });
});
