import { sql } from 'drizzle-orm';
import type { Database } from '../client';

export interface Period {
  from: string | null;
  to: string | null;
}

const dayFilter = (p: Period) =>
  sql`${p.from ? sql`and day >= ${p.from}::date` : sql``} ${p.to ? sql`and day <= ${p.to}::date` : sql``}`;

export async function sumDailySales(db: Database, companyId: string, period: Period) {
  const result = await db.execute<{
    gross: string | null;
    returns: string | null;
    tickets: number | null;
    units: string | null;
    refreshed_at: string | null;
  }>(sql`
    select sum(gross_sales) as gross, sum(returns) as returns, sum(tickets)::int as tickets,
      sum(units) as units, max(refreshed_at)::text as refreshed_at
    from daily_sales where company_id = ${companyId}::uuid ${dayFilter(period)}`);
  const row = result.rows[0];
  return {
    grossSales: Number(row?.gross ?? 0),
    returns: Number(row?.returns ?? 0),
    tickets: row?.tickets ?? 0,
    units: Number(row?.units ?? 0),
    refreshedAt: row?.refreshed_at ?? null,
  };
}

export async function monthlySales(db: Database, companyId: string, period: Period) {
  const result = await db.execute<{ month: string; net: string; tickets: number }>(sql`
    select to_char(day, 'YYYY-MM') as month, sum(gross_sales - returns) as net, sum(tickets)::int as tickets
    from daily_sales where company_id = ${companyId}::uuid ${dayFilter(period)}
    group by 1 order by 1`);
  return result.rows.map((r) => ({ month: r.month, revenue: Number(r.net), tickets: r.tickets }));
}

export async function topProducts(db: Database, companyId: string, period: Period, limit: number) {
  const result = await db.execute<{
    sku: string;
    name: string;
    category: string | null;
    unit: string | null;
    net: string;
    qty: string;
  }>(sql`
    select s.sku, coalesce(max(s.product_name), s.sku) as name, max(s.category) as category, max(s.unit) as unit,
      sum(s.total) as net, sum(s.quantity) as qty
    from sale_lines s join companies c on c.id = s.company_id
    where s.company_id = ${companyId}::uuid
      ${period.from ? sql`and (s.sold_at at time zone c.timezone)::date >= ${period.from}::date` : sql``}
      ${period.to ? sql`and (s.sold_at at time zone c.timezone)::date <= ${period.to}::date` : sql``}
    group by s.sku order by net desc, s.sku limit ${limit}`);
  return result.rows.map((r) => ({
    sku: r.sku,
    name: r.name,
    category: r.category,
    revenue: Number(r.net),
    units: Number(r.qty),
    unit: r.unit,
  }));
}
