import type { AskAnswer } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { emptyAnswer } from './answer-extras';
import { withRelativeDayNote } from './relative-days';

const answer = (text: string, language: 'es' | 'en' = 'es'): AskAnswer =>
  emptyAnswer(language, 'query', text);
// 7 December 2026, 01:00 UTC: still 6 December in Chile (UTC−3).
const NOW = Date.UTC(2026, 11, 7, 1, 0);

describe('withRelativeDayNote', () => {
  it('says which day "hoy" and "ayer" were read as when the data ends before today in Chile', () => {
    const note = withRelativeDayNote(
      answer('Venta neta el 5 de diciembre de 2026: $1.'),
      '¿Cuánto vendí HOY?',
      '2026-12-05',
      NOW,
    );
    expect(note.answer).toBe(
      'Venta neta el 5 de diciembre de 2026: $1. Tus datos llegan hasta el 5 de diciembre de 2026: «hoy» se cuenta desde ese día.',
    );
    const english = withRelativeDayNote(answer('Net sales: $1.', 'en'), 'sales yesterday', '2026-12-05', NOW);
    expect(english.answer).toBe(
      'Net sales: $1. Your data runs to December 5, 2026: "yesterday" counts from that day.',
    );
  });

  it('adds nothing when the data reaches today in Chile, or the question names no such day', () => {
    const text = 'Venta neta el 6 de diciembre de 2026: $1.';
    expect(withRelativeDayNote(answer(text), '¿cuánto vendí hoy?', '2026-12-06', NOW).answer).toBe(text);
    expect(withRelativeDayNote(answer(text), '¿cuánto vendí en diciembre?', '2026-12-05', NOW).answer).toBe(
      text,
    );
    // "ahoyo" is not "hoy"; a refusal keeps its text.
    expect(withRelativeDayNote(answer(text), 'ahoyo', '2026-12-05', NOW).answer).toBe(text);
    const refusal = { ...answer('No puedo.'), kind: 'unanswerable' as const };
    expect(withRelativeDayNote(refusal, 'hoy', '2026-12-05', NOW)).toBe(refusal);
  });

  it('does not repeat where the data ends when a note already says it', () => {
    const text =
      'Venta neta en la semana del 30 de noviembre de 2026: $1. Tus datos llegan hasta el 5 de diciembre de 2026: el período está incompleto.';
    expect(withRelativeDayNote(answer(text), 'de lunes a hoy', '2026-12-05', NOW).answer).toBe(text);
  });
});
