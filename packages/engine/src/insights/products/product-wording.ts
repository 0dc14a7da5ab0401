import type { Insight } from '../shared/insight';
import { formatNumber as n, text } from '../shared/text';
import type { ProductInsights } from './product-insights';

/** Plain observations about the products, with their numbers. */
export function productObservations(p: ProductInsights): Insight[] {
  const out: Insight[] = [];
  const { pareto } = p;
  if (pareto.products_with_revenue > 0 && pareto.share_of_products_pct !== null) {
    const k = n(pareto.products_for_80_pct);
    const share = n(pareto.share_of_products_pct, 1);
    out.push({
      id: 'products.pareto',
      section: 'products',
      severity: 'info',
      score: 60,
      audiences: ['owner', 'operations'],
      title: text(`${k.es} productos hacen el 80 % de la venta`, `${k.en} products make 80% of sales`),
      detail: text(
        `Son el ${share.es} % de los ${n(pareto.products_with_revenue).es} productos con venta.`,
        `They are ${share.en}% of the ${n(pareto.products_with_revenue).en} products with sales.`,
      ),
      numbers: {
        products_for_80_pct: pareto.products_for_80_pct,
        products_with_revenue: pareto.products_with_revenue,
        share_of_products_pct: pareto.share_of_products_pct,
      },
    });
  }
  const health = p.margin_health;
  if (health.portfolio_margin_pct !== null && health.low_markup_products.length > 0) {
    const gap = n(health.profit_gap);
    out.push({
      id: 'products.margin_gap',
      section: 'products',
      severity: 'info',
      score: 55,
      audiences: ['owner', 'finance'],
      title: text(
        `${n(health.counts.critical + health.counts.low).es} productos con margen bajo 25 %`,
        `${n(health.counts.critical + health.counts.low).en} products with a margin under 25%`,
      ),
      detail: text(
        `Con 25 % de margen sobre las mismas ventas sumarían $${gap.es} de margen bruto. Margen de la cartera: ${n(health.portfolio_margin_pct, 1).es} %.`,
        `At a 25% margin on the same sales they would add CLP ${gap.en} of gross margin. Portfolio margin: ${n(health.portfolio_margin_pct, 1).en}%.`,
      ),
      numbers: { profit_gap: health.profit_gap, portfolio_margin_pct: health.portfolio_margin_pct },
    });
  }
  if (p.lifecycle.decline > 0) {
    out.push({
      id: 'products.declining',
      section: 'products',
      severity: 'info',
      score: 40,
      audiences: ['operations', 'owner'],
      title: text(
        `${n(p.lifecycle.decline).es} productos venden más lento que hace 3 meses`,
        `${n(p.lifecycle.decline).en} products sell slower than 3 months ago`,
      ),
      detail: text(
        'Su velocidad de los últimos 90 días cayó más de 20 % frente a los 90 días anteriores.',
        'Their velocity over the last 90 days fell more than 20% against the 90 days before.',
      ),
      numbers: { declining_products: p.lifecycle.decline },
    });
  }
  return out;
}
