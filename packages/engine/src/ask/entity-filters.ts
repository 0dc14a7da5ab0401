import type { AskFilters } from '@ayni/contracts';
import { type AskVocabulary, findRut, matchEntity, nameStems, questionStems } from './entities';
import { aliasStems, expandPhrases } from './name-aliases';

type EntityFilters = Pick<AskFilters, 'product' | 'category' | 'customer' | 'location'>;

/**
 * Products, categories, branches and customers named in the question. A category's or branch's
 * words are not reused for a product; a product named besides its category wins (it is narrower).
 * Ties come back as `ambiguous` (names to choose from), never as a guess.
 */
export function findFilters(question: string, vocabulary: AskVocabulary) {
  const text = expandPhrases(question);
  const filters: EntityFilters = { product: null, category: null, customer: findRut(text), location: null };
  const ambiguous: string[] = [];
  const stems = questionStems(text);
  // "pan batido": once "batido" has named the marraqueta it names nothing else (no "yogur batido").
  const aliasSources = new Map<string, string[]>();
  for (const word of text.split(' '))
    for (const alias of aliasStems(word)) {
      stems.add(alias);
      aliasSources.set(alias, nameStems(word));
    }
  const take = (used: readonly string[], withSources = false) => {
    for (const s of used) {
      stems.delete(s);
      if (withSources) for (const source of aliasSources.get(s) ?? []) stems.delete(source);
    }
  };

  // "lácteos vs bebidas", "providencia contra la matriz": two categories or two branches side by
  // side are two queries, so both come back to choose from instead of an answer for one.
  const category = matchEntity(stems, vocabulary.categories, (name) => name, 1);
  if (category.kind === 'one') {
    filters.category = category.entity;
    take(category.stems);
    const other = matchEntity(stems, vocabulary.categories, (name) => name, 1);
    if (other.kind === 'one') ambiguous.push(category.entity, other.entity);
  } else if (category.kind === 'ambiguous') ambiguous.push(...category.entities);
  const location = matchEntity(stems, vocabulary.locations, (name) => name, 1);
  if (location.kind === 'one') {
    filters.location = location.entity;
    take(location.stems);
    const other = matchEntity(stems, vocabulary.locations, (name) => name, 1);
    if (other.kind === 'one') ambiguous.push(location.entity, other.entity);
  } else if (location.kind === 'ambiguous') ambiguous.push(...location.entities);

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
    if (other.kind === 'one' && other.entity.id !== product.entity.id)
      ambiguous.push(product.entity.name, other.entity.name);
  } else if (product.kind === 'ambiguous' && filters.category === null)
    // "ventas de pan" with several breads and a Panadería category: the category answers it.
    ambiguous.push(...product.entities.map((p) => p.name));
  return { filters, ambiguous };
}
