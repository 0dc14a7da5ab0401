import type { InsightAccumulator } from '../insight-accumulator';
import type { Insight } from '../shared/insight';
import { formatNumber as n, text } from '../shared/text';
import { type BasketSizeSegment, basketSizeSegments } from './basket-sizes';
import { type BasketAnalysis, basketPairs, type ProductPair } from './pairs';

/** A listed pair with its products' descriptions (null: the file gave none). */
export interface NamedProductPair extends ProductPair {
  name_a: string | null;
  name_b: string | null;
}

export interface BasketInsights extends Omit<BasketAnalysis, 'pairs'> {
  pairs: NamedProductPair[];
  basket_sizes: BasketSizeSegment[];
  observations: Insight[];
}

/**
 * Pairs, cross-sell and basket sizes of the accumulated tickets. `descriptions`: product id →
 * description, to name the products of the listed pairs as people know them.
 */
export function basketInsights(
  acc: InsightAccumulator,
  descriptions: ReadonlyMap<string, string | null> = new Map(),
): BasketInsights {
  const analysis = basketPairs(acc.baskets(), acc.productIds);
  const pairs = analysis.pairs.map((pair) => ({
    ...pair,
    name_a: descriptions.get(pair.product_a) ?? null,
    name_b: descriptions.get(pair.product_b) ?? null,
  }));
  const observations: Insight[] = [];
  const best = pairs[0];
  if (best !== undefined) {
    const a = best.name_a ?? best.product_a;
    const b = best.name_b ?? best.product_b;
    observations.push({
      id: 'baskets.top_pair',
      section: 'baskets',
      severity: 'info',
      score: 35,
      audiences: ['marketing', 'operations', 'owner'],
      title: text(
        `${a} y ${b} se compran juntos ${n(best.lift, 1).es} veces más que por azar`,
        `${a} and ${b} are bought together ${n(best.lift, 1).en} times more than by chance`,
      ),
      detail: text(
        `Aparecen juntos en ${n(best.tickets).es} boletas; el ${n(best.confidence_a_to_b_pct, 1).es} % de quienes llevan ${a} lleva también ${b}. Ubicarlos cerca es una opción.`,
        `They share ${n(best.tickets).en} tickets; ${n(best.confidence_a_to_b_pct, 1).en}% of tickets with ${a} also hold ${b}. Placing them near each other is an option.`,
      ),
      numbers: { tickets: best.tickets, lift: best.lift, support_pct: best.support_pct },
    });
  }
  return { ...analysis, pairs, basket_sizes: basketSizeSegments(acc.baskets()), observations };
}
