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

/** Spanish and English nouns in the singular and the plural. */
export interface Noun {
  es: [string, string];
  en: [string, string];
}

export const PRODUCT: Noun = { es: ['producto', 'productos'], en: ['product', 'products'] };
export const CUSTOMER: Noun = { es: ['cliente', 'clientes'], en: ['customer', 'customers'] };

/** "1 producto", "12 productos": the count with its noun agreeing. */
export function counted(count: number, noun: Noun): Text {
  const number = formatNumber(count);
  const which = count === 1 ? 0 : 1;
  return { es: `${number.es} ${noun.es[which]}`, en: `${number.en} ${noun.en[which]}` };
}

/** The singular or plural form of each language, by count: verbs agreeing with `counted`. */
export const agree = (count: number, one: Text, many: Text): Text => (count === 1 ? one : many);
