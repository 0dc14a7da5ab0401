import type { Insight } from '../shared/insight';
import { agree, counted, formatNumber as n, PRODUCT, text } from '../shared/text';
import type { ProductInsights } from './product-insights';

/** Plain observations about the products, with their numbers. */
export function productObservations(p: ProductInsights): Insight[] {
  const out: Insight[] = [];
  const { pareto } = p;
  if (pareto.products_with_revenue > 0 && pareto.share_of_products_pct !== null) {
    const few = pareto.products_for_80_pct;
    const k = counted(few, PRODUCT);
    const make = agree(few, text('hace', 'makes'), text('hacen', 'make'));
    const share = n(pareto.share_of_products_pct, 1);
    const all = pareto.products_with_revenue;
    out.push({
      id: 'products.pareto',
      section: 'products',
      severity: 'info',
      score: 60,
      audiences: ['owner', 'operations'],
      title: text(`${k.es} ${make.es} el 80 % de la venta`, `${k.en} ${make.en} 80% of sales`),
      detail:
        all === 1
          ? text('Es el único producto con venta.', 'It is the only product with sales.')
          : text(
              `${few === 1 ? 'Es' : 'Son'} el ${share.es} % de los ${n(all).es} productos con venta.`,
              `${few === 1 ? 'It is' : 'They are'} ${share.en}% of the ${n(all).en} products with sales.`,
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
        `${counted(health.counts.critical + health.counts.low, PRODUCT).es} con margen bajo 25 %`,
        `${counted(health.counts.critical + health.counts.low, PRODUCT).en} with a margin under 25%`,
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
        `${counted(p.lifecycle.decline, PRODUCT).es} ${p.lifecycle.decline === 1 ? 'vende' : 'venden'} más lento que hace 3 meses`,
        `${counted(p.lifecycle.decline, PRODUCT).en} ${p.lifecycle.decline === 1 ? 'sells' : 'sell'} slower than 3 months ago`,
      ),
      detail: text(
        'Su velocidad de los últimos 90 días cayó más de 20 % frente a los 90 días anteriores.',
        `${p.lifecycle.decline === 1 ? 'Its' : 'Their'} velocity over the last 90 days fell more than 20% against the 90 days before.`,
      ),
      numbers: { declining_products: p.lifecycle.decline },
    });
  }
  return out;
}
