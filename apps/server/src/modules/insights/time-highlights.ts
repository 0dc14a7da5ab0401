import type { InsightItem } from '@ayni/contracts';

/** How recent a revenue anomaly must be (days before data_through) to reach the top list. */
export const RECENT_ANOMALY_DAYS = 14;

interface StoredRevenueAnomaly {
  date: string;
  revenue: number;
  baseline_median: number;
  deviation_pct: number | null;
  direction: 'SPIKE' | 'DROP';
  severity: 'LOW' | 'MEDIUM' | 'HIGH';
  message: { es: string; en: string };
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/**
 * The time half's daily revenue anomalies of the last two weeks as top-list items (HIGH →
 * warning, MEDIUM → info; LOW ones stay in the anomalies section).
 */
export function recentAnomalyInsights(anomalies: unknown, dataThrough: string | null): InsightItem[] {
  if (dataThrough === null || !anomalies || typeof anomalies !== 'object') return [];
  const daily = (anomalies as { daily_revenue?: { available?: boolean; anomalies?: StoredRevenueAnomaly[] } })
    .daily_revenue;
  if (!daily?.available || !Array.isArray(daily.anomalies)) return [];
  const end = dayNumber(dataThrough);
  return daily.anomalies
    .filter((a) => a.severity !== 'LOW' && end - dayNumber(a.date) <= RECENT_ANOMALY_DAYS)
    .map((a) => ({
      id: `anomalies.revenue.${a.date}`,
      section: 'anomalies' as const,
      severity: a.severity === 'HIGH' ? ('warning' as const) : ('info' as const),
      score: Math.min(100, Math.round(Math.abs(a.deviation_pct ?? 0))),
      audiences: ['owner', 'finance', 'operations'] as InsightItem['audiences'],
      title:
        a.direction === 'DROP'
          ? { es: 'Venta diaria inusualmente baja', en: 'Unusually low daily sales' }
          : { es: 'Venta diaria inusualmente alta', en: 'Unusually high daily sales' },
      detail: a.message,
      numbers: {
        date: a.date,
        revenue: a.revenue,
        baseline_median: a.baseline_median,
        deviation_pct: a.deviation_pct,
      },
    }));
}
