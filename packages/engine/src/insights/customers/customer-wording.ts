import type { Insight } from '../shared/insight';
import { CUSTOMER, counted, type Noun, formatNumber as n, text } from '../shared/text';
import type { CustomerInsights } from './customer-insights';

const CHAMPION: Noun = {
  es: ['cliente campeón', 'clientes campeones'],
  en: ['champion customer', 'champion customers'],
};

/** Plain observations about the customers, with their numbers. */
export function customerObservations(c: CustomerInsights): Insight[] {
  const out: Insight[] = [];
  const share = c.concentration.top_20_pct_revenue_share_pct;
  if (share !== null && c.customers >= 5) {
    out.push({
      id: 'customers.concentration',
      section: 'customers',
      severity: share > 80 ? 'warning' : 'info',
      score: Math.round(share / 2),
      audiences: ['owner', 'marketing'],
      title: text(
        `El 20 % de los clientes hace el ${n(share, 1).es} % de la venta`,
        `The top 20% of customers make ${n(share, 1).en}% of sales`,
      ),
      detail: text(
        `Son ${n(c.concentration.top_20_pct_customers).es} de ${n(c.customers).es} clientes con compras.`,
        `That is ${n(c.concentration.top_20_pct_customers).en} of ${n(c.customers).en} customers with purchases.`,
      ),
      numbers: { top_20_pct_revenue_share_pct: share, customers: c.customers },
    });
  }
  const { churn } = c;
  if (churn.at_risk_customers > 0) {
    out.push({
      id: 'customers.at_risk',
      section: 'customers',
      severity: 'info',
      score: 50,
      audiences: ['owner', 'marketing'],
      title: text(
        `${counted(churn.at_risk_customers, CUSTOMER).es} ${churn.at_risk_customers === 1 ? 'lleva' : 'llevan'} ${n(Math.ceil(churn.churn_days / 2)).es}+ días sin comprar`,
        `${counted(churn.at_risk_customers, CUSTOMER).en} ${churn.at_risk_customers === 1 ? 'has' : 'have'} not bought for ${n(Math.ceil(churn.churn_days / 2)).en}+ days`,
      ),
      detail: text(
        churn.at_risk_customers === 1
          ? `Compró $${n(churn.at_risk_revenue).es} en total. Contactarlo antes de los ${churn.churn_days} días es una opción.`
          : `Compraron $${n(churn.at_risk_revenue).es} en total. Contactarlos antes de los ${churn.churn_days} días es una opción.`,
        `They bought CLP ${n(churn.at_risk_revenue).en} in all. Reaching them before ${churn.churn_days} days is an option.`,
      ),
      numbers: { at_risk_customers: churn.at_risk_customers, at_risk_revenue: churn.at_risk_revenue },
    });
  }
  const champions = c.rfm_segments.find((s) => s.segment === 'champions');
  if (champions !== undefined && champions.customers > 0 && champions.revenue_share_pct !== null) {
    out.push({
      id: 'customers.champions',
      section: 'customers',
      severity: 'info',
      score: 45,
      audiences: ['marketing', 'owner'],
      title: text(
        `${counted(champions.customers, CHAMPION).es}: ${n(champions.revenue_share_pct, 1).es} % de la venta`,
        `${counted(champions.customers, CHAMPION).en}: ${n(champions.revenue_share_pct, 1).en}% of sales`,
      ),
      detail: text(
        'Compraron hace poco y compran seguido (RFM: recencia 5, frecuencia 4–5).',
        'They bought recently and buy often (RFM: recency 5, frequency 4–5).',
      ),
      numbers: { customers: champions.customers, revenue_share_pct: champions.revenue_share_pct },
    });
  }
  return out;
}
