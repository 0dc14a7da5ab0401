import { expandContractions } from './contractions';
import { expandShorthand } from './shorthand';

/*
 * Question text → lower case, no accents, no punctuation, number words as digits
 * ("los cinco productos" → "los 5 productos", "ciento veinte" → "120").
 */

/** "Año Ñuñoa" → "ano nunoa": the parser matches folded words only. */
export const foldAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const UNITS: Record<string, number> = {
  cero: 0,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiun: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  zero: 0,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const TENS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// English "twenty" is a ten too ("twenty one"); Spanish 20-29 are single words.
TENS.twenty = 20;

const HUNDREDS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};

/** Replaces runs of number words by their value (up to 999). "un"/"una"/"one" stay words: they are articles. */
function numberWords(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let value = 0;
    let used = 0;
    let j = i;
    const word = (k: number) => tokens[k] ?? '';
    // English "more than once", "at once": not the Spanish eleven.
    if (word(i) === 'once' && (word(i - 1) === 'than' || word(i - 1) === 'at')) {
      out.push('once');
      i++;
      continue;
    }
    if (word(j) in HUNDREDS) {
      value += HUNDREDS[word(j)] as number;
      j++;
      used++;
    } else if (word(j) === 'one' && word(j + 1) === 'hundred') {
      value += 100;
      j += 2;
      used++;
    } else if (word(j) in UNITS && word(j + 1) === 'hundred') {
      value += (UNITS[word(j)] as number) * 100;
      j += 2;
      used++;
    }
    if (used > 0 && word(j) === 'and') j++;
    if (word(j) in TENS) {
      value += TENS[word(j)] as number;
      j++;
      used++;
      const joiner = word(j) === 'y' ? 1 : 0;
      const unit = word(j + joiner);
      if (unit in UNITS && (UNITS[unit] as number) < 10 && (UNITS[unit] as number) > 0) {
        value += UNITS[unit] as number;
        j += joiner + 1;
      } else if (unit === 'uno' || unit === 'one') {
        value += 1;
        j += joiner + 1;
      }
    } else if (word(j) in UNITS) {
      value += UNITS[word(j)] as number;
      j++;
      used++;
    }
    if (used === 0) {
      out.push(tokens[i] as string);
      i++;
      continue;
    }
    // A trailing "y"/"and" that joined nothing belongs to the sentence.
    if (tokens[j - 1] === 'y' || tokens[j - 1] === 'and') j--;
    out.push(String(value));
    i = j;
  }
  return out;
}

/**
 * The text the parser matches against: folded, lower case, "%" and "-" kept inside words, other
 * punctuation as spaces, "top5" → "top 5", number words as digits.
 */
export function normalizeQuestion(question: string): string {
  const folded = expandContractions(foldAccents(question.toLowerCase()))
    .replace(/(\d)\.(?=\d{3}(?!\d))/g, '$1') // 1.234.567 thousands separators
    .replace(/([a-z])-(?=[a-z])/g, '$1 ') // best-selling, coca-cola
    .replace(/([a-z])['’]s(?![a-z])/g, '$1') // yesterday's sales
    .replace(/[¿?¡!,;:"'()[\]{}]/g, ' ')
    .replace(/\.(\s|$)/g, ' ')
    .replace(/([a-z])(\d)/g, '$1 $2');
  const tokens = folded.split(/\s+/).filter(Boolean).flatMap(expandShorthand);
  return numberWords(tokens).join(' ');
}
