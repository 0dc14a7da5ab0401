/** Every insight's wording, Spanish first. Phrased as observations and options, never advice. */
export interface Text {
  es: string;
  en: string;
}

export const text = (es: string, en: string): Text => ({ es, en });

/** Who an insight is for: the dashboards of contracts' `DASHBOARDS`. */
export type Audience = 'owner' | 'finance' | 'marketing' | 'operations';

export type Severity = 'critical' | 'warning' | 'info';

/** A value the engine could not compute is null, and the reason says why. */
export type InsightNullReason =
  | 'NO_CUSTOMER_DATA'
  | 'NO_COST_DATA'
  | 'NO_STOCK_DATA'
  | 'NO_SALES'
  | 'NO_REVENUE'
  | 'NOT_ENOUGH_HISTORY'
  | 'NOT_ENOUGH_REPEAT_CUSTOMERS'
  | 'FIT_DID_NOT_CONVERGE'
  | 'NO_TICKETS_WITH_SEVERAL_PRODUCTS';

/** Formats a number for wording: es-CL / en-US grouping, at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 0): Text {
  const options = { maximumFractionDigits: decimals, minimumFractionDigits: 0 };
  return { es: value.toLocaleString('es-CL', options), en: value.toLocaleString('en-US', options) };
}
