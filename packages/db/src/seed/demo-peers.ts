// Seeded generator of the demo company's peers: companies marked demo, with only the
// company-wide month / quarter / year feature rows benchmarks read (no sale lines). Pure: the
// same options give the same peers.
import { formatRut } from './demo-catalog';
import { DEMO_PEER_GROUPS, SEASON } from './demo-peer-plan';
import { mulberry32 } from './demo-sales';

export interface DemoPeerRow {
  level: 'month' | 'quarter' | 'year';
  period: string;
  periodStart: string;
  periodEnd: string;
  values: Record<string, number | boolean | null>;
}

export interface DemoPeer {
  name: string;
  rut: string;
  industry: string;
  size: string;
  region: string;
  rows: DemoPeerRow[];
}

interface Month {
  index: number;
  partial: boolean;
  revenue: number;
  transactions: number;
  units: number;
  cost: number;
  customers: number;
  returning: number;
  weekend: number;
  returned: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Feature values of a sum of months (a month, a quarter or a year). */
function values(months: Month[], lastYear: Month[] | null): DemoPeerRow['values'] {
  const sum = (f: (m: Month) => number) => months.reduce((s, m) => s + f(m), 0);
  const revenue = Math.round(sum((m) => m.revenue));
  const transactions = Math.round(sum((m) => m.transactions));
  const returned = Math.round(sum((m) => m.returned));
  const customers = Math.round(sum((m) => m.customers) * (months.length > 1 ? 0.7 : 1));
  const previous =
    lastYear && lastYear.length === months.length ? lastYear.reduce((s, m) => s + m.revenue, 0) : null;
  return {
    partial: months.some((m) => m.partial),
    revenue,
    gross_sales: revenue + returned,
    returned_amount: returned,
    transactions,
    avg_ticket: round2(revenue / transactions),
    units_per_transaction: round2(sum((m) => m.units) / transactions),
    margin_pct: round2(((revenue - sum((m) => m.cost)) / revenue) * 100),
    customers,
    returning_customers: Math.round(customers * (sum((m) => m.returning) / sum((m) => m.customers))),
    weekend_share_pct: round2((sum((m) => m.weekend) / revenue) * 100),
    revenue_yoy_pct:
      previous && !lastYear?.some((m) => m.partial) ? round2(((revenue - previous) / previous) * 100) : null,
  };
}

/**
 * Peers over the calendar months of the demo data: `months` months back from `endDate`'s month
 * and that month itself; the first and last are partial, as the demo company's are.
 */
export function generateDemoPeers(options: { seed: number; endDate: string; months: number }): DemoPeer[] {
  const rng = mulberry32(options.seed);
  const [y, m] = options.endDate.split('-').map(Number) as [number, number];
  const endIndex = y * 12 + m - 1;
  const first = endIndex - options.months;
  const peers: DemoPeer[] = [];
  let serial = 0;
  for (const group of DEMO_PEER_GROUPS) {
    for (let c = 0; c < group.count; c++) {
      serial++;
      const scale = 0.5 + rng() * 1.1;
      const ticket = group.ticket * (0.75 + rng() * 0.5);
      const growth = 0.94 + rng() * 0.22;
      const margin = (group.margin + (rng() - 0.5) * 12) / 100;
      const loyalty = 0.45 + rng() * 0.45;
      const weekend = 0.24 + rng() * 0.2;
      const returnRate = 0.002 + rng() * 0.025;
      const basket = 1.8 + rng() * 2.4;
      const series: Month[] = [];
      for (let index = first; index <= endIndex; index++) {
        const age = (index - first) / 12;
        const revenue =
          group.revenue * scale * (SEASON[index % 12] as number) * growth ** age * (0.92 + rng() * 0.16);
        const transactions = revenue / (ticket * (0.95 + rng() * 0.1));
        const customers = transactions * (0.25 + rng() * 0.1);
        series.push({
          index,
          partial: index === first || index === endIndex,
          revenue,
          transactions,
          units: transactions * basket,
          cost: revenue * (1 - margin),
          customers,
          returning: customers * Math.min(0.97, loyalty + age * 0.05),
          weekend: revenue * weekend,
          returned: revenue * returnRate,
        });
      }
      peers.push({
        name: `Empresa demo ${pad(serial)} (datos de ejemplo)`,
        rut: formatRut(77_000_000 + serial),
        industry: group.industry,
        size: group.size,
        region: group.region,
        rows: rowsOf(series),
      });
    }
  }
  return peers;
}

function rowsOf(series: Month[]): DemoPeerRow[] {
  const byIndex = new Map(series.map((s) => [s.index, s]));
  const span = (from: number, count: number) => {
    const list = Array.from({ length: count }, (_, i) => byIndex.get(from + i));
    return list.every(Boolean) ? (list as Month[]) : null;
  };
  const rows: DemoPeerRow[] = [];
  const firstYear = Math.floor((series[0] as Month).index / 12);
  const lastYear = Math.floor((series[series.length - 1] as Month).index / 12);
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 0; month < 12; month++) {
      const one = span(year * 12 + month, 1);
      if (!one) continue;
      const start = `${year}-${pad(month + 1)}`;
      rows.push({
        level: 'month',
        period: start,
        periodStart: `${start}-01`,
        periodEnd: `${start}-${pad(lastDay(year, month))}`,
        values: values(one, span((year - 1) * 12 + month, 1)),
      });
    }
    for (let q = 0; q < 4; q++) {
      const months = span(year * 12 + q * 3, 3);
      if (!months) continue;
      rows.push({
        level: 'quarter',
        period: `${year}-Q${q + 1}`,
        periodStart: `${year}-${pad(q * 3 + 1)}-01`,
        periodEnd: `${year}-${pad(q * 3 + 3)}-${pad(lastDay(year, q * 3 + 2))}`,
        values: values(months, span((year - 1) * 12 + q * 3, 3)),
      });
    }
    const whole = span(year * 12, 12);
    if (whole)
      rows.push({
        level: 'year',
        period: String(year),
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        values: values(whole, span((year - 1) * 12, 12)),
      });
  }
  return rows;
}
