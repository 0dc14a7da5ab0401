import type { AskFilters } from '@ayni/contracts';
import { type AskVocabulary, findRut, matchEntity, nameStems, questionStems } from './entities';
import { aliasStems, expandPhrases } from './name-aliases';

type EntityFilters = Pick<AskFilters, 'product' | 'category' | 'customer' | 'location'>;

/**
 * Two products, categories or branches named side by side ("marraqueta vs hallulla", "¿pan o
 * bebidas?"), or two sets of days or hours: the filter holds the first, `second` the other (a
 * product's id, a name, weekdays or hours).
 */
export type NamedPair =
  | { dimension: 'product' | 'category' | 'location'; first: string; second: string }
  /** "¿sábados o domingos?", "mañana vs tarde": two sets of weekdays or two spans of hours. */
  | { dimension: 'weekdays'; first: number[]; second: number[] }
  | { dimension: 'hours'; first: { from: number; to: number }; second: { from: number; to: number } };

type EntityPair = Extract<NamedPair, { dimension: 'product' | 'category' | 'location' }>;

/**
 * Products, categories, branches and customers named in the question. A category's or branch's
 * words are not reused for a product; a product named besides its category wins (it is narrower).
 * Ties come back as `ambiguous` (names to choose from), never as a guess.
 */
export function findFilters(question: string, vocabulary: AskVocabulary) {
  const text = expandPhrases(question);
  const filters: EntityFilters = { product: null, category: null, customer: findRut(text), location: null };
  const ambiguous: string[] = [];
  let pair: EntityPair | null = null;
  const stems = questionStems(text);
  // "pan batido": once "batido" has named the marraqueta it names nothing else (no "yogur batido").
  const aliasSources = new Map<string, string[]>();
  for (const word of text.split(' '))
    for (const alias of aliasStems(word)) {
      stems.add(alias);
      aliasSources.set(alias, nameStems(word));
    }
  const asked = new Set(stems);
  const take = (used: readonly string[], withSources = false) => {
    for (const s of used) {
      stems.delete(s);
      if (withSources) for (const source of aliasSources.get(s) ?? []) stems.delete(source);
    }
  };

  // "lácteos vs bebidas", "providencia contra la matriz": two categories or two branches side by
  // side are answered each (`pair`); more to choose from come back as `ambiguous`.
  const kindNamed = (dimension: 'category' | 'location', names: readonly string[]) => {
    const match = matchEntity(stems, names, (name) => name, 1);
    if (match.kind === 'one') {
      take(match.stems);
      const other = matchEntity(stems, names, (name) => name, 1);
      if (other.kind !== 'one') return { value: match.entity, pair: null };
      const [first, second] = inOrder(text, [match.entity, other.entity], (name) => name);
      ambiguous.push(first, second);
      return { value: first, pair: { dimension, first, second } };
    }
    if (match.kind !== 'ambiguous') return { value: null, pair: null };
    const both = twoNamed(text, match.entities, (name) => name, asked);
    ambiguous.push(...(both ?? match.entities));
    if (!both) return { value: null, pair: null };
    take(nameStems(both[0]));
    take(nameStems(both[1]));
    return { value: both[0], pair: { dimension, first: both[0], second: both[1] } };
  };
  const category = kindNamed('category', vocabulary.categories);
  filters.category = category.value;
  const location = kindNamed('location', vocabulary.locations);
  filters.location = location.value;
  pair = location.pair ?? category.pair;

  const words = new Set(text.split(' '));
  const bySku = vocabulary.products.find((p) => words.has(p.id.toLowerCase()));
  const product = bySku
    ? ({ kind: 'one', entity: bySku, stems: [] } as const)
    : matchEntity(stems, vocabulary.products, (p) => p.name, 3);
  if (product.kind === 'one') {
    filters.product = product.entity.id;
    filters.category = null;
    // "¿qué vendo más, Coca-Cola 3L o Fanta?": a second product named is a question the
    // structured query cannot hold, so it is not answered with the first one alone.
    take(product.stems, true);
    const other = matchEntity(stems, vocabulary.products, (p) => p.name, 3);
    if (other.kind === 'one' && other.entity.id !== product.entity.id) {
      const [first, second] = inOrder(text, [product.entity, other.entity], (p) => p.name);
      filters.product = first.id;
      ambiguous.push(first.name, second.name);
      pair = { dimension: 'product', first: first.id, second: second.id };
    } else if (other.kind === 'ambiguous') {
      // "coca cola vs pan marraqueta" with three Coca-Colas: which one is asked, rather than
      // the marraqueta answered alone.
      ambiguous.push(...other.entities.map((p) => p.name));
    }
  } else if (product.kind === 'ambiguous') {
    // "pan marraqueta y pan hallulla": two products each named by a word of its own are both
    // asked about, though their shared word also names the Panadería category.
    const both = twoNamed(text, product.entities, (p) => p.name, asked);
    const [first, second] = both ?? [];
    if (first && second) {
      filters.product = first.id;
      filters.category = null;
      ambiguous.push(first.name, second.name);
      pair = { dimension: 'product', first: first.id, second: second.id };
    } else if (filters.category === null)
      // "ventas de pan" with several breads and a Panadería category: the category answers it.
      ambiguous.push(...product.entities.map((p) => p.name));
  }
  // One pair and nothing else to choose between: both are answered side by side.
  const named = pair !== null && ambiguous.length === 2 ? pair : null;
  return { filters, ambiguous, pair: named };
}

/**
 * Of names tied for the question, the two it names each by a word of its own ("marraqueta" and
 * "hallulla", not the "pan" they share); null unless exactly two are.
 */
function twoNamed<T>(
  text: string,
  tied: readonly T[],
  nameOf: (entity: T) => string,
  asked: ReadonlySet<string>,
): [T, T] | null {
  const stems = tied.map((entity) => nameStems(nameOf(entity)));
  const own = tied.filter((_, i) =>
    (stems[i] as string[]).some(
      (s) => asked.has(s) && stems.every((other, j) => j === i || !other.includes(s)),
    ),
  );
  return own.length === 2 ? inOrder(text, [own[0] as T, own[1] as T], nameOf) : null;
}

/** Two names in the order the question says them ("la matriz vs providencia": the matriz first). */
function inOrder<T>(text: string, pair: [T, T], nameOf: (entity: T) => string): [T, T] {
  const words = text.split(' ').map((word) => [...nameStems(word), ...aliasStems(word)]);
  const [a, b] = pair.map((entity) => nameStems(nameOf(entity))) as [string[], string[]];
  const at = (own: string[], other: string[]) => {
    const index = words.findIndex((stems) => stems.some((s) => own.includes(s) && !other.includes(s)));
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  };
  return at(b, a) < at(a, b) ? [pair[1], pair[0]] : pair;
}
