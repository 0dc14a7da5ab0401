import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait, windows1252 } from '../../../test/upload-helpers';

/*
 * Ten products, one ticket each on 2025-10-05, revenues 5000, 2000, 1000, 800, 400, 300, 200,
 * 150, 100, 50 (total 10 000): cumulative 50, 70, 80 % → 3 products make 80 %, top 20 % (2
 * products) make 70 %. Every cost is 80 % of the sale: margin 20 %, under the default 25 % alert.
 */
const HEADER =
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto;Costo total;Sucursal;RUT cliente';
const REVENUES = [5000, 2000, 1000, 800, 400, 300, 200, 150, 100, 50];
const LINES = REVENUES.map(
  (revenue, i) =>
    `05/10/2025 1${i % 10}:00;B${i + 1};P${String(i + 1).padStart(2, '0')};Producto ${i + 1};Almacen;1;${revenue};${revenue * 0.8};Centro;${11111111 + i}-${i}`,
);
const file = { name: 'ventas.csv', content: windows1252(`${[HEADER, ...LINES].join('\r\n')}\r\n`) };

describe('GET /companies/{id}/insights', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const get = (path = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/insights${path}`,
      headers: bearer(token),
    });

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Insights');
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  it('has every section null and no top insights before any data', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.values(body.data.sections).every((s) => s === null)).toBe(true);
    expect(body.data.top).toEqual([]);
    expect(body.meta).toMatchObject({ data_through: null, computed_at: null, audience: 'owner' });
  });

  it('stores every section with the features after an import, with exact numbers', async () => {
    const upload = await uploadAndWait(t.app, token, owner.company.id, file);
    expect(upload.status).toBe('completed');
    const body = (await get()).json();
    expect(body.meta.data_through).toBe('2025-10-05');
    expect(body.meta.computed_at).not.toBeNull();
    for (const section of [
      'products',
      'customers',
      'baskets',
      'operations',
      'trends',
      'anomalies',
      'alerts',
    ]) {
      expect(body.data.sections[section], section).not.toBeNull();
    }
    expect(body.data.sections.products.pareto).toEqual({
      products_with_revenue: 10,
      products_for_80_pct: 3,
      share_of_products_pct: 30,
      top_20_pct_revenue_share_pct: 70,
    });
    expect(body.data.sections.products.margin_health.portfolio_margin_pct).toBe(20);
    expect(body.data.sections.customers.customers).toBe(10);
    // A small company gets product × day rows, so unit prices are checked (none has neighbours here).
    expect(body.data.sections.anomalies.unit_price).toMatchObject({ available: true, outlier_count: 0 });
    // The most important insight for the owner: margin 20 % under the 25 % threshold.
    expect(body.data.top[0]).toMatchObject({
      id: 'alert.margin_below_threshold',
      severity: 'warning',
      numbers: { margin_pct: 20, threshold_pct: 25 },
    });
    expect(body.data.top.length).toBeLessThanOrEqual(5);
  });

  it('ranks the top list for another dashboard on request', async () => {
    const marketing = (await get('?audience=marketing')).json();
    expect(marketing.meta.audience).toBe('marketing');
    expect(marketing.data.top.length).toBeGreaterThan(0);
    for (const item of marketing.data.top) expect(item.audiences).toContain('marketing');
    // The margin alert is for owners and finance, not marketing.
    expect(marketing.data.top.map((i: { id: string }) => i.id)).not.toContain('alert.margin_below_threshold');
  });

  it('serves one section with data_through', async () => {
    const res = await get('/products');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.pareto.products_for_80_pct).toBe(3);
    expect(res.json().meta.data_through).toBe('2025-10-05');
  });

  it("applies the company's margin threshold at the next computation", async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${owner.company.id}/settings`,
      headers: bearer(token),
      payload: { margin_alert_pct: 15 },
    });
    expect(patch.statusCode).toBe(200);
    const again = await uploadAndWait(t.app, token, owner.company.id, { ...file, name: 'otra vez.csv' });
    expect(again.status).toBe('completed');
    const alerts = (await get('/alerts')).json().data.alerts as { id: string }[];
    expect(alerts.map((a) => a.id)).not.toContain('alert.margin_below_threshold');
  });

  it('says when the data has no customer ids and segments baskets by size instead', async () => {
    const other = await createOwner(t.db, 'Sin clientes');
    const otherToken = await loginAs(t.app, other.email, other.password);
    // Ticket B1 holds two products, B2 one; no customer column.
    const lines = [
      'Fecha venta;N° doc. venta;SKU;Descripción;Cantidad;Total neto',
      '05/10/2025 10:00;B1;P1;Pan;1;1000',
      '05/10/2025 10:00;B1;P2;Leche;1;3000',
      '05/10/2025 11:00;B2;P1;Pan;1;1000',
    ];
    const upload = await uploadAndWait(t.app, otherToken, other.company.id, {
      name: 'sin clientes.csv',
      content: windows1252(`${lines.join('\r\n')}\r\n`),
    });
    expect(upload.status).toBe('completed');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${other.company.id}/insights/customers`,
      headers: bearer(otherToken),
    });
    expect(res.json().data).toMatchObject({ available: false, null_reason: 'NO_CUSTOMER_DATA' });
    expect(res.json().data.basket_sizes.slice(0, 2)).toEqual([
      {
        segment: 'single',
        tickets: 1,
        ticket_share_pct: 50,
        revenue: 1000,
        revenue_share_pct: 20,
        avg_ticket: 1000,
      },
      {
        segment: 'small',
        tickets: 1,
        ticket_share_pct: 50,
        revenue: 4000,
        revenue_share_pct: 80,
        avg_ticket: 4000,
      },
    ]);
  });

  it('refuses an unknown section with a clear error', async () => {
    const res = await get('/finanzas');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_ERROR');
  });
});
