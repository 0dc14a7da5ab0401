import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoCompany } from '../../../test/demo-company';
import { bearer, buildTestApp, type TestApp } from '../../../test/helpers';

interface MonthRow {
  period: string;
  revenue: number;
  cost: number | null;
  gross_margin: number | null;
  cost_coverage_pct: number | null;
  discount: number | null;
}

/**
 * The demo company's seeded costs and promotions reach every finance figure: margin over the
 * lines with a cost, its coverage, and discounts, each equal to plain SQL over the stored lines.
 */
describe('demo company: costs and discounts', () => {
  let t: TestApp;
  let months: MonthRow[];
  let companyId: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    const { owner, token } = await createDemoCompany(t, 'Demo finanzas');
    companyId = owner.company.id;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/metrics?grain=month`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    months = res.json().data;
  });
  afterAll(() => t.close());

  it('has margin with partial cost coverage and discounts, equal to SQL over its lines', async () => {
    const { rows } = await t.owner.pool.query<{
      period: string;
      cost: string;
      margin: string;
      coverage: string;
      discount: string;
    }>(
      `select to_char(sold_at at time zone 'America/Santiago', 'YYYY-MM') as period,
         sum(cost_total) as cost,
         sum(total) filter (where cost_total is not null) - sum(cost_total) as margin,
         round(100 * sum(abs(total)) filter (where cost_total is not null) / sum(abs(total)), 2) as coverage,
         sum(discount_total) as discount
       from sale_lines where company_id = $1 group by 1 order by 1`,
      [companyId],
    );
    expect(months.map((m) => m.period)).toEqual(rows.map((r) => r.period));
    for (const [i, month] of months.entries()) {
      const sql = rows[i] as (typeof rows)[number];
      expect(month.cost).toBe(Number(sql.cost));
      expect(month.gross_margin).toBe(Number(sql.margin));
      expect(month.cost_coverage_pct).toBeCloseTo(Number(sql.coverage), 2);
      expect(month.discount).toBe(Number(sql.discount));
      // Produce has no cost: coverage is partial, never all or nothing.
      expect(month.cost_coverage_pct).toBeGreaterThan(70);
      expect(month.cost_coverage_pct).toBeLessThan(98);
      expect(month.discount).toBeGreaterThan(0);
    }
  });
});
