import { readCompanySettings } from '@ayni/contracts';
import { databaseOnClient, findCompanySettings, replaceCompanyInsights } from '@ayni/db';
import {
  computeInsights,
  computeTimeInsights,
  type FeatureResult,
  type InsightAccumulator,
} from '@ayni/engine';
import type pg from 'pg';

/**
 * Companies with up to this many lines also get product × day rows (never stored) for the
 * anomalies' unit-price outliers; above it they would cost ~230 MB per million lines in the import.
 */
export const PRODUCT_DAY_MAX_LINES = 300_000;

/** Why unit-price outliers are missing for a large company (see PRODUCT_DAY_MAX_LINES). */
const PRICE_OUTLIERS_SKIPPED = {
  available: false as const,
  reason: 'TOO_MANY_LINES',
  message: {
    es: 'Con más de 300.000 líneas no se revisan precios por producto y día al importar.',
    en: 'With more than 300,000 lines, prices per product and day are not checked on import.',
  },
};

/** Product × day rows are built only for companies up to PRODUCT_DAY_MAX_LINES lines. */
const accumulatorHasProductDays = (features: FeatureResult): boolean =>
  features.levels.product_day.length > 0 || features.lines <= PRODUCT_DAY_MAX_LINES;

/** The company settings the insights read: margin alert, churn days and staff capacity. */
export type InsightSettings = ReturnType<typeof readCompanySettings>;

export async function readInsightSettings(
  client: pg.PoolClient,
  companyId: string,
): Promise<InsightSettings> {
  return readCompanySettings(await findCompanySettings(databaseOnClient(client), companyId));
}

/** Every insight section from the features just built and the insight accumulator fed the same lines. */
export function computeCompanyInsights(
  settings: InsightSettings,
  features: FeatureResult,
  accumulator: InsightAccumulator,
): InsightSection[] {
  const insights = computeInsights(features, accumulator, {
    marginAlertPct: settings.margin_alert_pct,
    churnDays: settings.churn_days,
  });
  const time = computeTimeInsights(features, { ticketsPerEmployeeHour: settings.tickets_per_employee_hour });
  if (!accumulatorHasProductDays(features)) time.anomalies.unit_price = PRICE_OUTLIERS_SKIPPED;
  const dataThrough = features.data_through;
  const sections = {
    products: insights.products,
    customers: insights.customers,
    baskets: insights.baskets,
    operations: time.operations,
    trends: time.trends,
    anomalies: time.anomalies,
    alerts: insights.alerts,
  };
  return Object.entries(sections)
    .filter(([, payload]) => payload !== null)
    .map(([section, payload]) => ({ section, payload, dataThrough }));
}

export interface InsightSection {
  section: string;
  payload: unknown;
  dataThrough: string | null;
}

/** Rewrites `company_insights` in the caller's transaction (insights commit with their lines). */
export async function saveCompanyInsights(
  client: pg.PoolClient,
  companyId: string,
  sections: InsightSection[],
): Promise<void> {
  await replaceCompanyInsights(databaseOnClient(client), companyId, sections);
}

/**
 * Computes every insight section and rewrites `company_insights` in the caller's transaction.
 * Settings: the company's margin alert, churn days and staff capacity.
 */
export async function writeCompanyInsights(
  client: pg.PoolClient,
  companyId: string,
  features: FeatureResult,
  accumulator: InsightAccumulator,
): Promise<{ ms: number }> {
  const started = performance.now();
  const settings = await readInsightSettings(client, companyId);
  await saveCompanyInsights(client, companyId, computeCompanyInsights(settings, features, accumulator));
  return { ms: Math.round(performance.now() - started) };
}
