import { foldAccents } from './normalize';

/**
 * The company's own names (products, categories, branches), so "marraqueta", "lácteos" or
 * "Providencia" become filters. Matching is on word stems ("lacteo" = "lacteos"); a word names an
 * entity only when few entities share it, and a tie between entities is reported, not guessed.
 */
export interface AskVocabulary {
  products: readonly { id: string; name: string }[];
  categories: readonly string[];
  locations: readonly string[];
}

export const EMPTY_VOCABULARY: AskVocabulary = { products: [], categories: [], locations: [] };

const IGNORED = new Set(
  'de del la el las los con sin en y x un una al para por the of and with g ml kg l cc lt un sucursal local tienda branch store casa producto productos product products item items articulo articulos cliente clientes customer customers venta ventas sale sales categoria category alto alta altos bajo baja bajos mejor mejores peor peores mayor menor mas menos top high low best worst'.split(
    ' ',
  ),
);

// Plural "s" only: "es" would turn "sales" into "sal" (salt).
const stem = (word: string) => (word.length > 4 ? word.replace(/s$/, '') : word);

/** Significant stems of a name: "Pan de molde 600g" → pan, molde, 600g. */
export function nameStems(name: string): string[] {
  return foldAccents(name.toLowerCase())
    .replace(/[^a-z0-9.]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 1 && !IGNORED.has(word))
    .map(stem);
}

const stemsListCache = new WeakMap<readonly unknown[], string[][]>();

/** Stems of every entity's name, computed once per list (the vocabulary is cached per company). */
function stemsOfAll<T>(entities: readonly T[], nameOf: (entity: T) => string): string[][] {
  let stems = stemsListCache.get(entities);
  if (!stems) {
    stems = entities.map((entity) => nameStems(nameOf(entity)));
    stemsListCache.set(entities, stems);
  }
  return stems;
}

export type EntityMatch<T> =
  | { kind: 'none' }
  | { kind: 'one'; entity: T; stems: string[] }
  | { kind: 'ambiguous'; entities: T[] };

/**
 * The entity whose name shares most distinctive stems with the question (a stem is distinctive
 * when at most `maxShare` entities carry it; numbers only count beside a word).
 */
export function matchEntity<T>(
  questionStems: ReadonlySet<string>,
  entities: readonly T[],
  nameOf: (entity: T) => string,
  maxShare = 3,
): EntityMatch<T> {
  const stemsOf = stemsOfAll(entities, nameOf);
  const carriers = new Map<string, number>();
  for (const stems of stemsOf) for (const s of new Set(stems)) carriers.set(s, (carriers.get(s) ?? 0) + 1);
  let best = 0;
  let winners: number[] = [];
  stemsOf.forEach((stems, index) => {
    const hits = stems.filter((s) => questionStems.has(s));
    const distinctive = hits.some(
      (s) => /[a-z]/.test(s) && s.length >= 3 && (carriers.get(s) ?? 0) <= maxShare,
    );
    if (!distinctive) return;
    // Covering the whole name beats covering part of a longer one.
    const score = hits.length + (hits.length === stems.length ? 0.5 : 0);
    if (score > best) {
      best = score;
      winners = [index];
    } else if (score === best) winners.push(index);
  });
  if (winners.length === 0) return { kind: 'none' };
  if (winners.length > 1) return { kind: 'ambiguous', entities: winners.map((i) => entities[i] as T) };
  const index = winners[0] as number;
  return {
    kind: 'one',
    entity: entities[index] as T,
    stems: (stemsOf[index] as string[]).filter((s) => questionStems.has(s)),
  };
}

/** Stems of the question's words (glued "3 l" → "3l" so sizes match names). */
export function questionStems(text: string): Set<string> {
  // "coca cola 1.5": a decimal alone is a size in litres (whole numbers are too often counts).
  const glued = text
    .replace(/(\d) ?(?:lts|ltrs|litros?)(?![a-z])/g, '$1l')
    .replace(/(\d) ?(?:grs?|gramos)(?![a-z])/g, '$1g')
    .replace(/(\d) (l|lt|kg|g|ml|cc)(?![a-z])/g, '$1$2')
    .replace(/(?<![0-9.])(\d+\.\d+)(?![0-9a-z.])/g, '$1l');
  return new Set(
    glued
      .split(/[ -]/)
      .filter((word) => word.length > 1 && !IGNORED.has(word))
      .map(stem),
  );
}

/** A RUT written in the question ("12.345.678-5" arrives folded as "12345678-5"). */
export function findRut(text: string): string | null {
  const m = /(?<![0-9])(\d{7,8})-([0-9k])(?![0-9a-z])/.exec(text);
  return m ? `${m[1]}-${(m[2] as string).toUpperCase()}` : null;
}

const stemsCache = new WeakMap<AskVocabulary, Set<string>>();

/** Every stem of every name the company has (cached per vocabulary object). */
export function vocabularyStems(vocabulary: AskVocabulary): Set<string> {
  let stems = stemsCache.get(vocabulary);
  if (!stems) {
    const names = [
      ...vocabulary.products.map((p) => p.name),
      ...vocabulary.categories,
      ...vocabulary.locations,
    ];
    stems = new Set(names.flatMap(nameStems));
    stemsCache.set(vocabulary, stems);
  }
  return stems;
}

/** Names (products, categories, branches) that carry the word's stem, for "which one?". */
export function namesWithStem(vocabulary: AskVocabulary, word: string, max = 6): string[] {
  const wanted = nameStems(word);
  const names = [
    ...vocabulary.categories,
    ...vocabulary.locations,
    ...vocabulary.products.map((p) => p.name),
  ];
  return names.filter((name) => wanted.every((stem) => nameStems(name).includes(stem))).slice(0, max);
}
