/** Insights (issue 7): products, customers, baskets and alerts on top of the feature rows. */
export { ALERT_RULES, growthVsLastYear } from './alerts/alerts';
export { rankInsights, topInsightsFor } from './alerts/rank';
export type { BasketInsights } from './baskets/basket-insights';
export { MAX_BASKET_FOR_PAIRS } from './baskets/basket-summary';
export { LISTED_PAIRS, MIN_PAIR_TICKETS, MIN_SUPPORT } from './baskets/pairs';
export {
  type AlertsSection,
  type CompanyInsights,
  computeInsights,
  type InsightOptions,
  type NoCustomerInsights,
} from './compute-insights';
export { CLV_HORIZON_WEEKS, MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS } from './customers/clv/clv';
export type { CustomerInsights } from './customers/customer-insights';
export { RFM_SEGMENTS, type RfmSegment, SEGMENT_TEXTS } from './customers/rfm-segments';
export { InsightAccumulator } from './insight-accumulator';
export type { ProductInsights } from './products/product-insights';
export type { Insight } from './shared/insight';
export type { Audience, Severity, Text } from './shared/text';
