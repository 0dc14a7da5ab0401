import { type AskVocabulary, nameStems } from './entities';
import { LEXICON_WORDS } from './lexicon-words';
import { QUESTION_WORDS } from './unknown-names';

/*
 * Owners type fast on a phone: "tiket promedio", "el mes pasdo", "bendi", "probidencia". A word
 * the parser does not know, one keystroke away (a letter missing, extra, swapped or wrong) from
 * exactly one word it does know, is read as that word. Short words are left alone: at four
 * letters almost everything is one keystroke from something else.
 */

/** Words the lexicon and the calendar rely on; typos are corrected towards these. */
const TARGETS = `ticket tickets promedio boletas ventas vendi vendimos vendieron pasado pasada anterior
  antepasado antepasada semana semanas trimestre semestre clientes productos categoria categorias
  sucursal sucursales devoluciones descuentos unidades ganancia transacciones comparado
  enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre
  lunes martes miercoles jueves viernes sabado domingo
  average customers products yesterday revenue quarter discount transactions
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday weekend
  cliente producto boleta unidad descuento devolucion nuevos nuevas riesgo category categories
  customer product`
  .split(/\s+/)
  .filter(Boolean);

/** "ayr", "hra", "wek": three letters are too few for any keystroke, but a letter missing from these is safe. */
const SHORT_TARGETS = ['ayer', 'hora', 'year', 'week'];

/** "lsat", "yaer": at four letters only two neighbours swapped, and only towards these. */
const SWAP_TARGETS = ['last', 'year', 'week', 'this', 'sold', 'hour', 'ayer', 'hora', 'days', 'dias'];

const swapped = (a: string, b: string) => {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
};

/** Real words one keystroke from a target, which must stay as typed. */
const KEEP = new Set(
  `vendo vende venden vendes vendida vendidas vendidos ventana ventanas factura facturas evolucion
  pasados pasadas semanal margenes return returned product customer quarters weekends categorico
  clientas sucursal entro entra entraron nuevo nueva`.split(/\s+/),
);

const dictionaryCache = new WeakMap<
  AskVocabulary,
  { targets: string[]; names: Set<string>; known: Set<string> }
>();

function dictionary(vocabulary: AskVocabulary) {
  let entry = dictionaryCache.get(vocabulary);
  if (!entry) {
    const names = [
      ...vocabulary.products.map((p) => p.name),
      ...vocabulary.categories,
      ...vocabulary.locations,
    ].flatMap(nameStems);
    const nameTargets = names.filter((word) => /^[a-z]{6,}$/.test(word));
    const targets = [...new Set([...TARGETS, ...nameTargets])];
    entry = {
      targets,
      names: new Set(nameTargets),
      known: new Set([...targets, ...names, ...KEEP, ...QUESTION_WORDS, ...LEXICON_WORDS]),
    };
    dictionaryCache.set(vocabulary, entry);
  }
  return entry;
}

/** True when `a` becomes `b` with one insertion, deletion, substitution or swap of neighbours. */
function oneKeystroke(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * At five letters a wrong letter often makes another real word ("entro"/"enero", "abrir"/"abril"):
 * only a missing letter ("tiket") or a b/v, s/z/c, y/i slip ("bendi") is read as a typo there.
 */
function shortSlip(word: string, target: string): boolean {
  if (word.length < target.length) return true;
  if (word.length !== target.length) return false;
  const at = [...word].findIndex((letter, i) => letter !== target[i]);
  const pair = `${word[at]}${target[at]}`;
  return ['bv', 'vb', 'sz', 'zs', 'sc', 'cs', 'zc', 'cz', 'yi', 'iy'].includes(pair);
}

/** The normalized question with its likely typos replaced; known and short words untouched. */
export function correctTypos(text: string, vocabulary: AskVocabulary): string {
  const { targets, names, known } = dictionary(vocabulary);
  return text
    .split(' ')
    .map((word) => {
      if (!/^[a-z]+$/.test(word) || known.has(word) || known.has(word.replace(/s$/, ''))) return word;
      if (word.length === 3) {
        const missing = SHORT_TARGETS.filter((target) => oneKeystroke(word, target));
        return missing.length === 1 ? (missing[0] as string) : word;
      }
      if (word.length === 4) {
        const swaps = SWAP_TARGETS.filter((target) => swapped(word, target));
        // "yaer" swaps into "year" and "ayer": the first letter typed is seldom the slip.
        const sameStart = swaps.filter((target) => target[0] === word[0]);
        const pick = swaps.length === 1 ? swaps : sameStart;
        return pick.length === 1 ? (pick[0] as string) : word;
      }
      if (word.length < 5) return word;
      const candidates = targets.filter(
        // A short word is never read as a product's name: "entro" is no typo of "entero".
        (target) =>
          oneKeystroke(word, target) && (word.length > 5 || (!names.has(target) && shortSlip(word, target))),
      );
      // "clientex" is one keystroke from "cliente" and "clientes": the same length decides.
      const sameLength = candidates.filter((target) => target.length === word.length);
      const pick = candidates.length === 1 ? candidates : sameLength;
      if (pick.length === 1) return pick[0] as string;
      // "marraqetas": the slip is in the word, the plural after it.
      if (candidates.length === 0 && word.length > 6 && word.endsWith('s')) {
        const singular = targets.filter(
          (target) => names.has(target) && oneKeystroke(word.slice(0, -1), target),
        );
        if (singular.length === 1) return `${singular[0]}s`;
      }
      return word;
    })
    .join(' ');
}
