import type { DashboardKind, MetricPeriod } from '@ayni/contracts';

/*
 * The KPI cards of each dashboard (the web's DASHBOARD_KPIS), with the change against the
 * previous period and the same period last year computed as the dashboards do: relative change
 * in %, margin in percentage points, null when either side is missing or zero.
 */

export type KpiKey =
  | 'revenue'
  | 'transactions'
  | 'avg_ticket'
  | 'customers'
  | 'new_customers'
  | 'margin'
  | 'discount'
  | 'cost';

export const REPORT_KPIS: Record<DashboardKind, readonly KpiKey[]> = {
  owner: ['revenue', 'transactions', 'avg_ticket', 'customers', 'margin'],
  operations: ['transactions', 'avg_ticket', 'revenue'],
  marketing: ['customers', 'new_customers', 'avg_ticket', 'revenue', 'discount'],
  finance: ['revenue', 'margin', 'cost', 'discount', 'avg_ticket'],
};

const FIELD: Record<KpiKey, string> = {
  revenue: 'revenue',
  transactions: 'transactions',
  avg_ticket: 'avg_ticket',
  customers: 'customers',
  new_customers: 'new_customers',
  margin: 'margin_pct',
  discount: 'discount',
  cost: 'cost',
};

export type KpiFormat = 'money' | 'count' | 'pct';

const FORMAT: Record<KpiKey, KpiFormat> = {
  revenue: 'money',
  transactions: 'count',
  avg_ticket: 'money',
  customers: 'count',
  new_customers: 'count',
  margin: 'pct',
  discount: 'money',
  cost: 'money',
};

export interface KpiFigure {
  key: KpiKey;
  format: KpiFormat;
  value: number | null;
  /** % (or pp for margin); null when it cannot be said. */
  vsPrevious: number | null;
  vsLastYear: number | null;
  changeUnit: 'pct' | 'pp';
}

const num = (row: MetricPeriod | undefined, field: string): number | null => {
  const value = row?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

function change(key: KpiKey, now: number | null, base: number | null): number | null {
  if (now === null || base === null) return null;
  if (key === 'margin') return Math.round((now - base) * 100) / 100;
  if (base === 0) return null;
  return Math.round(((now - base) / Math.abs(base)) * 10_000) / 100;
}

export function kpisFor(
  role: DashboardKind,
  current: MetricPeriod,
  previous: MetricPeriod | undefined,
  lastYear: MetricPeriod | undefined,
): KpiFigure[] {
  return REPORT_KPIS[role].map((key) => {
    const field = FIELD[key];
    const value = num(current, field);
    return {
      key,
      format: FORMAT[key],
      value,
      vsPrevious: change(key, value, num(previous, field)),
      vsLastYear: change(key, value, num(lastYear, field)),
      changeUnit: key === 'margin' ? 'pp' : 'pct',
    };
  });
}
