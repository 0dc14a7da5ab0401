/**
 * Input and options of the feature engine. `FeatureLine` is the least the engine needs from a
 * sale line: a `CanonicalLine` fits it, and so does a row of `sale_lines` streamed from the DB.
 */
export interface FeatureLine {
  /** UTC epoch milliseconds; the engine reads it in America/Santiago local time. */
  soldAt: number;
  transId: string;
  productId: string;
  /** Negative for returns; fractional for weighed products (kg). */
  quantity: number;
  /** Line total in CLP (may carry cents); negative for returns. */
  priceTotal: number;
  costTotal: number | null;
  discountTotal: number | null;
  customerId: string | null;
  category: string | null;
  location: string | null;
  description: string | null;
  unitType: string | null;
  commission?: number | null;
}

/** Every level the engine can produce (the line level is streamed by `enrichLines`, never kept). */
export const FEATURE_LEVELS = [
  'day_hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'product_day',
  'product_month',
  'product',
  'customer_day',
  'customer_month',
  'customer',
  'category_month',
  'location_day',
  'location_week',
  'location_month',
  'location_quarter',
  'location_year',
] as const;
export type FeatureLevel = (typeof FEATURE_LEVELS)[number];

export interface FeatureOptions {
  /**
   * Last local date the data covers, 'YYYY-MM-DD' (recency and churn are measured from it).
   * Default: the local date of the latest line. The engine never reads the clock.
   */
  dataThrough?: string;
  /** A customer with no purchase in this many days up to `dataThrough` has churned. Default 90. */
  churnDays?: number;
  /** Levels to build; default all. Skipping product/customer levels saves most of the time. */
  levels?: readonly FeatureLevel[];
  /**
   * The lines changed since the rows were last built: at dated levels (every level but the
   * product and customer profiles) only the rows that change can have changed are built
   * (`result.rows_from`, see `datedRowsFrom`); the profiles are always complete.
   */
  changedSince?: FeatureChange;
  /**
   * Keep product × day cells only while at most this many lines were added; past it they are
   * folded into product × month cells (memory then grows with products × months, not with
   * days) and `product_day` rows can no longer be built. Default: always kept.
   */
  productDaysUpTo?: number;
  /**
   * The caller gives each ticket's lines one after another (as POS exports and the import's
   * document keys have them): closed tickets are folded away, so memory no longer grows with
   * tickets. Checked: a ticket that comes back makes `FeatureAccumulator.ticketsExact` false,
   * and the lines must then be given again to an accumulator without this. Default false.
   * 'checked-by-caller': the same, but the caller checks the order itself (as the import's
   * document keys do) and discards the accumulator when it does not hold: `ticketsExact` then
   * stays true, and the accumulator spares the 8 bytes per ticket of its own check.
   */
  contiguousTickets?: boolean | 'checked-by-caller';
}

/** What changed in the lines since the rows were last built from them. */
export interface FeatureChange {
  /** UTC epoch ms of the earliest line added, changed (before or after) or removed; null: none. */
  earliestTouchedAt: number | null;
  /** `data_through` of the rows built before the change; null when there were none. */
  previousDataThrough: string | null;
}

/** Why a feature is null (there are no sentinel values: null plus one of these instead). */
export type NullReason =
  | 'NO_TRANSACTIONS'
  | 'NO_REVENUE'
  | 'NO_COST_DATA'
  | 'NO_DISCOUNT_DATA'
  | 'NO_COMMISSION_DATA'
  | 'NO_PREVIOUS_PERIOD'
  | 'PREVIOUS_ZERO'
  | 'PREVIOUS_NOT_COMPUTABLE'
  | 'NOT_COMPUTABLE'
  | 'NO_SAME_PERIOD_LAST_YEAR'
  | 'NO_WEEKDAY_SALES'
  | 'NO_WEEKEND_SALES'
  | 'NO_SALES'
  | 'NO_UNITS';

export type Nulls = Partial<Record<string, NullReason>>;
