import type { AskAnswer, AskLanguage } from '@ayni/contracts';
import { normalizeQuestion } from '@ayni/engine';
import { localDate } from '../reports/report-periods';
import { dayLabel } from './answer-format';

const RELATIVE_DAY = /\b(hoy|ayer|anoche|today|yesterday|tonight)\b/;

/**
 * "Hoy" and "ayer" are read from the last day of data (the engine has no clock). When that is
 * not today in Chile, the answer says so: its date alone could pass for today's.
 */
export function withRelativeDayNote(
  answer: AskAnswer,
  question: string,
  dataThrough: string,
  nowMs: number,
): AskAnswer {
  if (answer.kind !== 'query') return answer;
  const word = RELATIVE_DAY.exec(normalizeQuestion(question))?.[1];
  if (word === undefined || dataThrough >= localDate(nowMs)) return answer;
  // The same-days and partial-period notes already say where the data ends.
  if (/llegan hasta|runs to/.test(answer.answer)) return answer;
  return { ...answer, answer: answer.answer + relativeDayNote(word, dataThrough, answer.language) };
}

function relativeDayNote(word: string, dataThrough: string, language: AskLanguage): string {
  const through = dayLabel(dataThrough, language);
  return language === 'es'
    ? ` Tus datos llegan hasta el ${through}: «${word}» se cuenta desde ese día.`
    : ` Your data runs to ${through}: "${word}" counts from that day.`;
}
