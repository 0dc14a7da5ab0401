import type { InsightAccumulator } from '../insight-accumulator';
import type { Insight } from '../shared/insight';
import { formatNumber as n, text } from '../shared/text';
import { type BasketSizeSegment, basketSizeSegments } from './basket-sizes';
import { type BasketAnalysis, basketPairs } from './pairs';

export interface BasketInsights extends BasketAnalysis {
  basket_sizes: BasketSizeSegment[];
  observations: Insight[];
}

export function basketInsights(acc: InsightAccumulator): BasketInsights {
  const analysis = basketPairs(acc.baskets(), acc.productIds);
  const observations: Insight[] = [];
  const best = analysis.pairs[0];
  if (best !== undefined) {
    observations.push({
      id: 'baskets.top_pair',
      section: 'baskets',
      severity: 'info',
      score: 35,
      audiences: ['marketing', 'operations', 'owner'],
      title: text(
        `${best.product_a} y ${best.product_b} se compran juntos ${n(best.lift, 1).es} veces más que por azar`,
        `${best.product_a} and ${best.product_b} are bought together ${n(best.lift, 1).en} times more than by chance`,
      ),
      detail: text(
        `Aparecen juntos en ${n(best.tickets).es} boletas; el ${n(best.confidence_a_to_b_pct, 1).es} % de quienes llevan ${best.product_a} lleva también ${best.product_b}. Ubicarlos cerca es una opción.`,
        `They share ${n(best.tickets).en} tickets; ${n(best.confidence_a_to_b_pct, 1).en}% of tickets with ${best.product_a} also hold ${best.product_b}. Placing them near each other is an option.`,
      ),
      numbers: { tickets: best.tickets, lift: best.lift, support_pct: best.support_pct },
    });
  }
  return { ...analysis, basket_sizes: basketSizeSegments(acc.baskets()), observations };
}
