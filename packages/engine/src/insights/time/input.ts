/**
 * The part of the feature engine's result the time insights read. `FeatureResult` fits it
 * (a test checks that), and tests can craft it without building every feature.
 */
export interface DayRowInput {
  /** 'YYYY-MM-DD' local date. */
  period: string;
  revenue: number;
  transactions: number;
}

export interface DayHourRowInput {
  /** 'YYYY-MM-DD' local date of the hour. */
  period_start: string;
  /** 0–23, local wall-clock hour. */
  hour: number;
  revenue: number;
  transactions: number;
}

export interface ProductDayRowInput {
  product_id: string;
  /** 'YYYY-MM-DD' */
  period: string;
  /** Σ sale-line totals / Σ sale-line units; null when no units were sold that day. */
  avg_unit_price: number | null;
  sale_lines: number;
}

export interface ProductRowInput {
  product_id: string;
  description: string | null;
}

export interface TimeInsightInput {
  /** Last local date the data covers; null when there is no data. */
  data_through: string | null;
  levels: {
    day: readonly DayRowInput[];
    day_hour: readonly DayHourRowInput[];
    product_day: readonly ProductDayRowInput[];
    product: readonly ProductRowInput[];
  };
}

export interface TimeInsightOptions {
  /** Tickets one employee can serve in an hour (company setting, default 12). */
  ticketsPerEmployeeHour: number;
}

export const DEFAULT_TICKETS_PER_EMPLOYEE_HOUR = 12;
