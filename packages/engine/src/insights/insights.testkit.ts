import { buildFeatureResult, createFeatureAccumulator } from '../features/compute-features';
import { saleLine } from '../features/lines.testkit';
import type { FeatureLevel, FeatureLine } from '../features/types';
import { type CompanyInsights, computeInsights, type InsightOptions } from './compute-insights';
import { InsightAccumulator } from './insight-accumulator';

export { saleLine };

/** Noon in Santiago (UTC−3 in summer, −4 in winter: noon is the same local date either way). */
export const at = (date: string): string => `${date}T12:00:00-04:00`;

/** 'YYYY-MM-DD' `days` after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The features and insights of `lines`, as the server computes them. */
export function insightsOf(
  lines: readonly FeatureLine[],
  options: Partial<InsightOptions> & { productDays?: boolean } = {},
): CompanyInsights {
  const levels: FeatureLevel[] = ['day', 'product', 'product_month', 'customer'];
  if (options.productDays) levels.push('product_day');
  const features = createFeatureAccumulator({ levels });
  const acc = new InsightAccumulator();
  for (const line of lines) {
    features.add(line);
    acc.add(line);
  }
  return computeInsights(buildFeatureResult(features), acc, {
    marginAlertPct: options.marginAlertPct ?? 25,
    churnDays: options.churnDays ?? 90,
  });
}
