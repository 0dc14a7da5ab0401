import type { AskVocabulary } from './entities';
import { unglueNames } from './glued-names';
import { withoutNeededRate } from './goal-amount';
import { normalizeQuestion } from './normalize';
import { correctTypos } from './typos';
import { weekendAgainstWeek } from './weekend-or-week';

/**
 * The question as the parser reads it: folded (accents, number words), typos corrected against
 * the company's names, glued names apart, the weekend against the week and a goal's pace in the
 * words the rules read.
 */
export function questionText(question: string, vocabulary: AskVocabulary): string {
  const folded = unglueNames(correctTypos(normalizeQuestion(question), vocabulary), vocabulary);
  return withoutNeededRate(weekendAgainstWeek(folded));
}
