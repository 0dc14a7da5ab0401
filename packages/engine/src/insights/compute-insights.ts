import type { FeatureResult } from '../features/compute-features';
import { computeAlerts } from './alerts/alerts';
import { rankInsights } from './alerts/rank';
import { type BasketInsights, basketInsights } from './baskets/basket-insights';
import type { BasketSizeSegment } from './baskets/basket-sizes';
import { purchaseDaysOf } from './customers/activity';
import { type CustomerInsights, customerInsights } from './customers/customer-insights';
import type { InsightAccumulator } from './insight-accumulator';
import { type ProductInsights, productInsights } from './products/product-insights';
import type { Insight } from './shared/insight';
import type { InsightNullReason } from './shared/text';

export interface InsightOptions {
  /** The company's margin alert threshold, % (settings `margin_alert_pct`). */
  marginAlertPct: number;
  /** Days without a purchase after which a customer has churned (settings `churn_days`). */
  churnDays: number;
}

/** Without customer ids the customers section says so and offers basket-size segments instead. */
export interface NoCustomerInsights {
  available: false;
  null_reason: InsightNullReason;
  basket_sizes: BasketSizeSegment[];
}

export interface AlertsSection {
  alerts: Insight[];
  /** Every observation and alert of these sections, most important first. */
  ranked: Insight[];
}

export interface CompanyInsights {
  data_through: string | null;
  products: ProductInsights | null;
  customers: CustomerInsights | NoCustomerInsights | null;
  baskets: BasketInsights | null;
  alerts: AlertsSection;
}

/**
 * Products, customers, baskets and alerts from the feature rows plus the insight accumulator,
 * both fed the same lines. Needs the `product`, `product_month` (or `product_day`), `customer`
 * and `day` levels.
 */
export function computeInsights(
  features: FeatureResult,
  acc: InsightAccumulator,
  options: InsightOptions,
): CompanyInsights {
  const { data_through: dataThrough, data_from: dataFrom } = features;
  if (dataThrough === null || dataFrom === null) {
    return {
      data_through: null,
      products: null,
      customers: null,
      baskets: null,
      alerts: { alerts: [], ranked: [] },
    };
  }
  const levels = features.levels;
  // Day rows give the lifecycle exact windows; the server builds them for smaller companies.
  const periods = levels.product_day.length > 0 ? levels.product_day : levels.product_month;
  const products = productInsights(levels.product, periods, dataThrough);
  const baskets = basketInsights(
    acc,
    new Map(levels.product.map((row) => [row.product_id, row.description])),
  );
  const customers: CustomerInsights | NoCustomerInsights = features.has_customer_data
    ? customerInsights(levels.customer, purchaseDaysOf(acc.customerDays), dataThrough, options.churnDays)
    : { available: false, null_reason: 'NO_CUSTOMER_DATA', basket_sizes: baskets.basket_sizes };
  const alerts = computeAlerts({
    products,
    customers: customers.available ? customers : null,
    days: levels.day,
    dataFrom,
    dataThrough,
    marginAlertPct: options.marginAlertPct,
  });
  const observations = [
    ...products.observations,
    ...(customers.available ? customers.observations : []),
    ...baskets.observations,
  ];
  return {
    data_through: dataThrough,
    products,
    customers,
    baskets,
    alerts: { alerts, ranked: rankInsights([...alerts, ...observations]) },
  };
}
