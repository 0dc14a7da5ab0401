import type { AskDimension } from '@ayni/contracts';
import { ENTITY_WORDS } from './lexicon-breakdowns';

/* Which entity (product, category, branch, customer) a question breaks its figure down by. */

/** The entity dimension named first in the text, skipping those already a filter. */
export function entityDimension(text: string, skip: ReadonlySet<AskDimension>): AskDimension | null {
  let best: { dimension: AskDimension; at: number } | null = null;
  for (const [dimension, pattern] of ENTITY_WORDS) {
    if (skip.has(dimension)) continue;
    const at = text.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { dimension, at };
  }
  return best?.dimension ?? null;
}

/** The entity a breakdown word stands right before ("por sucursal", "by category"). */
export function breakdownEntity(text: string, skip: ReadonlySet<AskDimension>): AskDimension | null {
  for (const [dimension, pattern] of ENTITY_WORDS) {
    const at = skip.has(dimension) ? -1 : text.search(pattern);
    if (at > 0 && ENTITY_CUE_BEFORE.test(text.slice(0, at))) return dimension;
  }
  return null;
}
const ENTITY_CUE_BEFORE = /(?:^| )(?:por|by|per|each|cada|segun) (?:(?:la|las|el|los|the|each|cada) )?$/;
