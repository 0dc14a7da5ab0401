import { type CanonicalField, OPTIONAL_FIELDS, REQUIRED_FIELDS } from '../types';
import { foldText, headerTokens } from './fold-text';
import { FOREIGN_CONCEPT_WORDS, GENERIC_WORDS, HEADER_SYNONYMS } from './header-synonyms';

export interface HeaderMatch {
  field: CanonicalField | null;
  /** 0..1; 0 when the column stays unmapped. */
  confidence: number;
}

/** Below this a header is not trusted to name a field; the column is kept as an extra. */
export const MIN_HEADER_CONFIDENCE = 0.6;

export const ALL_FIELDS: readonly CanonicalField[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** Foreign-concept words cut a match this much: "Total comisión" must not pass for a total. */
const FOREIGN_WORD_PENALTY = 0.3;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for the same word, less for abbreviations ("cant") and typos ("cantidda"), else 0. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.9;
  const distance = editDistance(a, b);
  if (distance === 1 && short.length >= 4) return 0.85;
  if (distance === 2 && short.length >= 7) return 0.75;
  return 0;
}

const weight = (word: string): number => (GENERIC_WORDS.has(word) ? 0.5 : 1);
const totalWeight = (words: string[]): number => words.reduce((sum, word) => sum + weight(word), 0);

/** Weighted Dice overlap of two word lists, each word used at most once. */
function tokenOverlapScore(header: string[], synonym: string[]): number {
  const unused = [...synonym];
  let overlap = 0;
  for (const word of header) {
    let bestIndex = -1;
    let best = 0;
    unused.forEach((candidate, index) => {
      const similarity = wordSimilarity(word, candidate);
      if (similarity > best) [best, bestIndex] = [similarity, index];
    });
    if (bestIndex < 0) continue;
    const [matched] = unused.splice(bestIndex, 1);
    overlap += best * Math.min(weight(word), weight(matched ?? word));
  }
  const denominator = totalWeight(header) + totalWeight(synonym);
  return denominator === 0 ? 0 : (2 * overlap) / denominator;
}

/** Words that mark an amount as net of tax (`Total neto`, `Neto`, `net_amount`). */
const NET_WORDS: ReadonlySet<string> = new Set(['neto', 'neta', 'net']);

const FIELD_WORDS = new Map<CanonicalField, ReadonlySet<string>>();

/** Every word of a field's synonyms: none of them is foreign to it. */
function fieldWords(field: CanonicalField): ReadonlySet<string> {
  let words = FIELD_WORDS.get(field);
  if (!words) {
    words = new Set(HEADER_SYNONYMS[field].flatMap((synonym) => headerTokens(synonym)));
    FIELD_WORDS.set(field, words);
  }
  return words;
}

/** How well one header names one field, 0..1. */
export function scoreHeaderForField(header: string, field: CanonicalField): number {
  const folded = foldText(header);
  if (folded === '') return 0;
  if (folded === foldText(field)) return 1;
  const words = headerTokens(header);
  const joined = words.join('');
  let best = 0;
  for (const synonym of HEADER_SYNONYMS[field]) {
    const synonymWords = headerTokens(synonym);
    const score = synonymWords.join('') === joined ? 1 : tokenOverlapScore(words, synonymWords);
    best = Math.max(best, score);
  }
  const own = fieldWords(field);
  const foreign = words.some((word) => FOREIGN_CONCEPT_WORDS.has(word) && !own.has(word));
  return foreign ? best * FOREIGN_WORD_PENALTY : best;
}

/**
 * Assigns fields to headers: each field to at most one column, the most confident pairs first
 * (so "Nombre" takes in_description and "Nombre cliente" is left for the customer). Ties go to
 * the leftmost column. `excludedFields` are already taken (by a user's mapping).
 */
export function matchHeaders(
  headers: readonly string[],
  excludedFields: ReadonlySet<CanonicalField> = new Set(),
): HeaderMatch[] {
  const pairs: { column: number; field: CanonicalField; score: number; net: boolean }[] = [];
  headers.forEach((header, column) => {
    const net = headerTokens(header).some((word) => NET_WORDS.has(word));
    for (const field of ALL_FIELDS) {
      if (excludedFields.has(field)) continue;
      const score = scoreHeaderForField(header, field);
      if (score >= MIN_HEADER_CONFIDENCE) pairs.push({ column, field, score, net });
    }
  });
  // Between equally good line totals the net one wins ("Neto" over "Total" with IVA): revenue
  // is shown as net sales, and a total with tax would overstate it by the tax.
  const netFirst = (a: (typeof pairs)[number], b: (typeof pairs)[number]) =>
    a.field === 'in_price_total' && b.field === 'in_price_total' ? Number(b.net) - Number(a.net) : 0;
  pairs.sort((a, b) => b.score - a.score || netFirst(a, b) || a.column - b.column);
  const matches: HeaderMatch[] = headers.map(() => ({ field: null, confidence: 0 }));
  const takenFields = new Set<CanonicalField>();
  for (const pair of pairs) {
    const match = matches[pair.column];
    if (!match || match.field !== null || takenFields.has(pair.field)) continue;
    match.field = pair.field;
    match.confidence = Math.round(pair.score * 1000) / 1000;
    takenFields.add(pair.field);
  }
  return matches;
}

/**
 * 0..1: how much a record looks like the header row. Only cells without digits count as names
 * (headers rarely carry digits; values nearly always do). Rewards cells naming distinct fields
 * (the required ones most), penalizes value-like cells and mostly empty rows (title lines).
 */
export function scoreHeaderRow(cells: readonly string[]): number {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return 0;
  const names = filled.filter((cell) => !/\d/.test(cell));
  const fields = matchHeaders(names)
    .map((match) => match.field)
    .filter((field) => field !== null);
  const required = fields.filter((field) => (REQUIRED_FIELDS as readonly string[]).includes(field)).length;
  const fieldScore = Math.min(1, (required + 0.5 * (fields.length - required)) / REQUIRED_FIELDS.length);
  const nameShare = names.length / filled.length;
  const fillShare = filled.length / Math.max(cells.length, 2);
  return Math.round((0.7 * fieldScore + 0.3 * nameShare * fillShare) * 1000) / 1000;
}
