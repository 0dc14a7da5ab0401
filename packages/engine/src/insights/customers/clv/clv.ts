import type { CustomerRow } from '../../shared/rows';
import { dayNumber, round } from '../../shared/stats';
import type { InsightNullReason } from '../../shared/text';
import {
  type BgNbdParams,
  expectedPurchases,
  fitBgNbd,
  probabilityAlive,
  type RecencyFrequency,
} from './bg-nbd';
import { expectedSpend, fitGammaGamma, type GammaGammaParams } from './gamma-gamma';

/** The models are fitted only with at least this many repeat customers (≥ 2 purchase days)… */
export const MIN_REPEAT_CUSTOMERS = 50;
/** …and this many customers in all. */
export const MIN_CUSTOMERS = 100;
/** Prediction horizon: the next 52 weeks. */
export const CLV_HORIZON_WEEKS = 52;
/** The fit uses at most this many customers (an even spread by id): enough for 4 parameters. */
export const MAX_FIT_CUSTOMERS = 5_000;
/** Customers listed with their predicted value, highest first. */
export const LISTED_CUSTOMERS = 50;

export interface CustomerValue {
  customer_id: string;
  historical_value: number;
  purchase_days: number;
  probability_alive: number;
  expected_purchases: number;
  expected_spend: number | null;
  predicted_value: number | null;
}

export interface PredictedClv {
  horizon_weeks: number;
  customers_fitted: number;
  repeat_customers: number;
  bg_nbd: BgNbdParams;
  gamma_gamma: GammaGammaParams | null;
  mean_probability_alive: number;
  total_predicted_value: number | null;
  top_customers: CustomerValue[];
  null_reason: InsightNullReason | null;
}

/**
 * Predicted value over the next 52 weeks: BG/NBD (purchases, P(alive)) × Gamma-Gamma (spend per
 * purchase), fitted on this company's customers. Purchases are purchase days; spend per purchase
 * is net sales / purchase days; values are sales (not profit), undiscounted.
 */
export function predictClv(
  rows: readonly CustomerRow[],
  dataThrough: string,
): { value: PredictedClv | null; null_reason: InsightNullReason | null } {
  const end = dayNumber(dataThrough);
  const buyers = rows.filter(
    (c) => c.first_purchase !== null && c.last_purchase !== null && c.purchase_days > 0,
  );
  const histories = buyers.map((c) => {
    const first = dayNumber(c.first_purchase as string);
    return {
      x: c.purchase_days - 1,
      tx: (dayNumber(c.last_purchase as string) - first) / 7,
      T: (end - first) / 7,
    };
  });
  const repeat = buyers.filter((c) => c.purchase_days >= 2).length;
  if (buyers.length < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
    return { value: null, null_reason: 'NOT_ENOUGH_REPEAT_CUSTOMERS' };
  }
  const bg = fitBgNbd(spread(histories));
  if (!bg.converged || !Object.values(bg.params).every(Number.isFinite)) {
    return { value: null, null_reason: 'FIT_DID_NOT_CONVERGE' };
  }
  const spend = buyers
    .filter((c) => c.purchase_days >= 2 && c.revenue > 0)
    .map((c) => ({ n: c.purchase_days, mean: c.revenue / c.purchase_days }));
  const gg = spend.length >= MIN_REPEAT_CUSTOMERS ? fitGammaGamma(spread(spend)) : null;
  // q ≤ 1 leaves the expected spend undefined: no monetary prediction then.
  const spendModel = gg?.converged && gg.params.q > 1 ? gg.params : null;
  const values = buyers.map((c, i) =>
    customerValue(c, histories[i] as RecencyFrequency, bg.params, spendModel),
  );
  const aliveSum = values.reduce((s, v) => s + v.probability_alive, 0);
  const total = spendModel === null ? null : values.reduce((s, v) => s + (v.predicted_value ?? 0), 0);
  values.sort(
    (a, b) =>
      (b.predicted_value ?? b.expected_purchases) - (a.predicted_value ?? a.expected_purchases) ||
      (a.customer_id < b.customer_id ? -1 : 1),
  );
  return {
    value: {
      horizon_weeks: CLV_HORIZON_WEEKS,
      customers_fitted: Math.min(buyers.length, MAX_FIT_CUSTOMERS),
      repeat_customers: repeat,
      bg_nbd: roundParams(bg.params),
      gamma_gamma: spendModel === null ? null : roundParams(spendModel),
      mean_probability_alive: round(aliveSum / values.length, 4),
      total_predicted_value: total === null ? null : round(total, 0),
      top_customers: values.slice(0, LISTED_CUSTOMERS),
      null_reason: spendModel === null ? 'NOT_ENOUGH_REPEAT_CUSTOMERS' : null,
    },
    null_reason: null,
  };
}

function customerValue(
  c: CustomerRow,
  history: RecencyFrequency,
  bg: BgNbdParams,
  gg: GammaGammaParams | null,
): CustomerValue {
  const purchases = expectedPurchases(bg, history, CLV_HORIZON_WEEKS);
  const perPurchase =
    gg === null || c.revenue <= 0
      ? null
      : expectedSpend(gg, { n: c.purchase_days, mean: c.revenue / c.purchase_days });
  return {
    customer_id: c.customer_id,
    historical_value: c.revenue,
    purchase_days: c.purchase_days,
    probability_alive: round(probabilityAlive(bg, history), 4),
    expected_purchases: round(purchases, 3),
    expected_spend: perPurchase === null ? null : round(perPurchase, 0),
    predicted_value: perPurchase === null ? null : round(purchases * perPurchase, 0),
  };
}

/** At most MAX_FIT_CUSTOMERS items, evenly spread (deterministic). */
function spread<T>(items: readonly T[]): T[] {
  if (items.length <= MAX_FIT_CUSTOMERS) return [...items];
  const step = items.length / MAX_FIT_CUSTOMERS;
  return Array.from({ length: MAX_FIT_CUSTOMERS }, (_, i) => items[Math.floor(i * step)] as T);
}

const roundParams = <T extends object>(params: T): T =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, round(v as number, 6)])) as T;
