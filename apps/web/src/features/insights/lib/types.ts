import type { InsightItem } from '@ayni/contracts';

/* The fields of the stored sections this page reads (docs/insights.md describes them all). */

export interface Bilingual {
  es: string;
  en: string;
}

export type Abc = Record<'A' | 'B' | 'C', number | null>;

export interface ProductsSection {
  product_count: number;
  pareto: {
    products_with_revenue: number;
    products_for_80_pct: number;
    share_of_products_pct: number | null;
    top_20_pct_revenue_share_pct: number | null;
  };
  abc_revenue: { counts: Abc; value_share_pct: Abc };
  abc_margin: { counts: Abc; value_share_pct: Abc } | null;
  matrix: { counts: Record<Quadrant, number> };
  inventory_status: Record<InventoryStatus, { products: number; revenue: number }>;
  margin_health: {
    portfolio_margin_pct: number | null;
    counts: Record<'critical' | 'low' | 'healthy' | 'excellent', number>;
    profit_gap: number;
  };
}

export type Quadrant = 'star' | 'cash_cow' | 'workhorse' | 'dead_stock';
export type InventoryStatus = 'hot' | 'active' | 'slowing' | 'cold' | 'dead' | 'zombie';

export interface RfmSegment {
  segment: string;
  name: Bilingual;
  actions: Bilingual[];
  customers: number;
  revenue_share_pct: number | null;
}

export interface CustomersSection {
  available: boolean;
  customers?: number;
  rfm_segments?: RfmSegment[];
  cohorts?: { cohort: string; customers: number; retention_pct: number[] }[];
  churn?: { churned_customers: number; at_risk_customers: number; churn_days: number };
  concentration?: { top_20_pct_revenue_share_pct: number | null };
  historical_clv?: { mean: number | null; median: number | null };
  predicted_clv?: {
    total_predicted_value: number | null;
    mean_probability_alive: number;
    horizon_weeks: number;
    top_customers: {
      customer_id: string;
      historical_value: number;
      probability_alive: number;
      expected_purchases: number;
      predicted_value: number | null;
    }[];
  } | null;
  predicted_clv_rule?: { min_customers: number; min_repeat_customers: number };
  basket_sizes?: {
    segment: string;
    tickets: number;
    ticket_share_pct: number | null;
    avg_ticket: number | null;
  }[];
}

export interface BasketsSection {
  tickets: number;
  multi_product_ticket_pct: number | null;
  pairs: {
    product_a: string;
    product_b: string;
    /** Descriptions (null: none in the file; absent in insights computed before they were named). */
    name_a?: string | null;
    name_b?: string | null;
    tickets: number;
    support_pct: number;
    confidence_a_to_b_pct: number;
    lift: number;
  }[];
}

export type { InsightItem };
