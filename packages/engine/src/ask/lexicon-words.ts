import * as lexicon from './lexicon';
import * as advice from './lexicon-advice';
import * as averages from './lexicon-averages';
import * as breakdowns from './lexicon-breakdowns';
import * as cues from './lexicon-cues';
import * as intents from './lexicon-intents';
import * as refusals from './lexicon-refusals';
import * as attributes from './lexicon-refusals-attributes';

/*
 * Every word spelled out in the lexicon's patterns ("manana", "evolucion", "refund"): words the
 * parser knows as typed, so they are neither typos to correct nor names of the company's to find.
 */
export const LEXICON_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.values(lexicon),
    ...Object.values(averages),
    ...Object.values(breakdowns),
    ...Object.values(cues),
    ...Object.values(intents),
    ...Object.values(advice),
    ...Object.values(refusals),
    ...Object.values(attributes),
  ]
    .flatMap((entry) => (Array.isArray(entry) ? entry.map((pair) => pair[1]) : [entry]))
    .filter((pattern): pattern is RegExp => pattern instanceof RegExp)
    .flatMap((pattern) => pattern.source.match(/[a-z]{4,}/g) ?? []),
);

/** A word of the lexicon as typed or in its plural ("refunds" for "refund(s|ed)?"). */
export const isLexiconWord = (word: string): boolean =>
  LEXICON_WORDS.has(word) || LEXICON_WORDS.has(word.replace(/e?s$/, '')) || LEXICON_WORDS.has(`${word}s`);
