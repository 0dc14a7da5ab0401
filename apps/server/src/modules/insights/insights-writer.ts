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
 * Computes every insight section from the features just built and the insight accumulator fed
 * the same lines, and rewrites `company_insights` in the caller's transaction (so insights
 * commit with the lines and features they come from). Settings: the company's margin alert,
 * churn days and staff capacity.
 */
export async function writeCompanyInsights(
  client: pg.PoolClient,
  companyId: string,
  features: FeatureResult,
  accumulator: InsightAccumulator,
): Promise<{ ms: number }> {
  const started = performance.now();
  const db = databaseOnClient(client);
  const settings = readCompanySettings(await findCompanySettings(db, companyId));
  const insights = computeInsights(features, accumulator, {
    marginAlertPct: settings.margin_alert_pct,
    churnDays: settings.churn_days,
  });
  const time = computeTimeInsights(features, { ticketsPerEmployeeHour: settings.tickets_per_employee_hour });
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
  await replaceCompanyInsights(
    db,
    companyId,
    Object.entries(sections)
      .filter(([, payload]) => payload !== null)
      .map(([section, payload]) => ({ section, payload, dataThrough })),
  );
  return { ms: Math.round(performance.now() - started) };
}
