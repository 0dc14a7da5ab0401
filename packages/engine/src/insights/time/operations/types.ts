import type { Bilingual, Unavailable } from '../text';

/** A weekday (ISO: 1 = Monday … 7 = Sunday) or an hour with its average per occurrence. */
export interface OperationsSlot {
  /** ISO weekday 1–7 for days, 0–23 for hours. */
  key: number;
  avg_revenue: number;
  avg_tickets: number;
}

export interface OperationsReport {
  available: true;
  /** Days in the range (first day with lines … data_through), closed days included. */
  days_in_range: number;
  /**
   * The last day, left out of every figure here because it looks incomplete (its lines stop
   * before a normal day of that weekday reaches 90 % of its revenue); null when none was.
   */
  excluded_partial_day: string | null;

  /** How many times each weekday (index 0 = Monday) occurs in the range: the heatmap's divisor. */
  weekday_occurrences: number[];
  /** 7 × 24 (row = weekday − 1, column = hour): revenue and tickets per occurrence of the weekday. */
  heatmap: { avg_revenue: number[][]; avg_tickets: number[][] };
  /** Hours by average revenue per day, best first (top 3) and worst open hours first (bottom 3). */
  peak_hours: OperationsSlot[];
  valley_hours: OperationsSlot[];
  /** Weekdays by average revenue per occurrence (best first / worst open weekday first). */
  peak_days: OperationsSlot[];
  valley_days: OperationsSlot[];
  /** Weekdays with no sales on any occurrence in the range. */
  closed_weekdays: number[];
  /** First hour at whose end the cumulative revenue of an average day reaches half of it. */
  half_revenue_hour: number | null;
  weekend_vs_weekday: {
    weekday_avg_revenue: number | null;
    weekend_avg_revenue: number | null;
    /** (weekend − weekday) / weekday × 100; null when either side has no days or weekday is 0. */
    weekend_difference_pct: number | null;
    weekday_avg_tickets: number | null;
    weekend_avg_tickets: number | null;
  };
  staffing: {
    tickets_per_employee_hour: number;
    /** 7 × 24: ceil(avg tickets / capacity), at least 1 where the slot has sales, 0 otherwise. */
    suggested_staff: number[][];
    /** Per weekday (index 0 = Monday): the most staff any hour needs. */
    peak_staff_by_weekday: number[];
  };
  observations: Bilingual[];
}

export type OperationsInsights = OperationsReport | Unavailable;
