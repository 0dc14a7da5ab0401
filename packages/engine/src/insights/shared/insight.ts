import type { Audience, Severity, Text } from './text';

/** One observation or alert, with the numbers behind it. */
export interface Insight {
  /** Stable kind, e.g. `pareto`, `alert.dead_stock`. */
  id: string;
  section: 'products' | 'customers' | 'baskets' | 'operations' | 'trends' | 'anomalies' | 'alerts';
  severity: Severity;
  /** Importance within a severity, 0–100 (ranks the "top" list). */
  score: number;
  audiences: Audience[];
  title: Text;
  detail: Text;
  numbers: Record<string, number | string | null>;
}
