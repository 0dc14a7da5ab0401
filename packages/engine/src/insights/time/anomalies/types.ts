import type { Bilingual, Unavailable } from '../text';

export type AnomalySeverity = 'LOW' | 'MEDIUM' | 'HIGH';

export interface CalendarLabel {
  kind: 'HOLIDAY' | 'CYBERDAY' | 'BLACK_FRIDAY' | 'NAVIDAD' | 'FIESTAS_PATRIAS';
  /** The holiday's own code (e.g. 'VIERNES_SANTO', 'ELECTION'), or the event's kind. */
  code: string;
  name: Bilingual;
}

export interface RevenueAnomaly {
  date: string;
  weekday: number;
  revenue: number;
  /** Median of the same weekday over the trailing baseline window. */
  baseline_median: number;
  /** (revenue − median) / median × 100; null when the median is 0. */
  deviation_pct: number | null;
  /** 0.6745 × (revenue − median) / MAD (scale floored, see docs). */
  robust_z: number;
  direction: 'SPIKE' | 'DROP';
  severity: AnomalySeverity;
  message: Bilingual;
}

/** A holiday or commercial-event day: labelled, compared, never flagged as an anomaly. */
export interface EventDay {
  date: string;
  labels: CalendarLabel[];
  revenue: number;
  baseline_median: number | null;
  deviation_pct: number | null;
}

export interface PriceOutlier {
  product_id: string;
  description: string | null;
  date: string;
  avg_unit_price: number;
  /** Median of the product's average unit price on its neighbouring sale days. */
  baseline_median: number;
  deviation_pct: number;
  robust_z: number;
  direction: 'HIGH_PRICE' | 'LOW_PRICE';
  message: Bilingual;
}

export interface RevenueAnomalies {
  available: true;
  /**
   * The last day, left out of every figure here because it looks incomplete (its lines stop
   * before a normal day of that weekday reaches 90 % of its revenue); null when none was.
   */
  excluded_partial_day: string | null;
  /** Days that had a baseline (enough same-weekday history) and were checked. */
  days_checked: number;
  anomalies: RevenueAnomaly[];
  event_days: EventDay[];
}

export interface PriceOutliers {
  available: true;
  /** Product-days that had enough neighbouring days to be checked. */
  product_days_checked: number;
  /** All outliers found; `outliers` lists at most the 100 strongest. */
  outlier_count: number;
  outliers: PriceOutlier[];
}

export interface AnomalyInsights {
  daily_revenue: RevenueAnomalies | Unavailable;
  unit_price: PriceOutliers | Unavailable;
}
