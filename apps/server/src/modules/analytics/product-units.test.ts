import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { parseCsv } from '../level-export/export-test-data';

/*
 * Products sold in kilos, units, litres and with no unit named (local Santiago times):
 *
 *   doc  date         sku  unit  qty    total  branch
 *   B1   03/11 10:00  K1   kg    12.5   25000  Centro
 *   B1   03/11 10:00  U1   un    40      8000  Centro
 *   B2   04/11 11:00  K2   kg     3.25  13000  Norte
 *   B2   04/11 11:00  N1   -     90      4500  Norte
 *   B3   02/12 12:00  K3   kg     0.5    2000  Centro
 *   B3   02/12 12:00  L1   l      6      6000  Centro
 *   B4   03/12 13:00  K1   kg     1       2000  Norte
 *
 * Ranked by quantity across units, N1's 90 and U1's 40 would come before K1's 13.5 kg.
 */
const CSV = `${[
  'Fecha;Boleta;SKU;Descripción;Unidad;Cantidad;Total;Sucursal',
  '03/11/2025 10:00;B1;K1;Pan amasado;Kilogramos;12,5;25000;Centro',
  '03/11/2025 10:00;B1;U1;Coca-Cola lata;Unidad;40;8000;Centro',
  '04/11/2025 11:00;B2;K2;Queso gauda;kg;3,25;13000;Norte',
  '04/11/2025 11:00;B2;N1;Bolsa;;90;4500;Norte',
  '02/12/2025 12:00;B3;K3;Aceitunas;KG;0,5;2000;Centro',
  '02/12/2025 12:00;B3;L1;Leche;Litros;6;6000;Centro',
  '03/12/2025 13:00;B4;K1;Pan amasado;Kilogramos;1;2000;Norte',
].join('\n')}\n`;
const ALL_REVENUE = 25000 + 8000 + 13000 + 4500 + 2000 + 6000 + 2000;

type Row = { product_id: string; units: number; revenue: number; revenue_share_pct: number | null };

describe('products of one unit', () => {
  let t: TestApp;
  let companyId: string;
  let token: string;
  const list = async (query: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/products?${query}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; meta: { total: number; units: string[] } };
  };
  const ranking = (rows: Row[]) => rows.map((r) => [r.product_id, r.units]);

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db, 'Kilos y unidades');
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, companyId, { name: 'ventas.csv', content: CSV });
    expect(upload.status).toBe('completed');
  });
  afterAll(() => t.close());

  it('names the units the products are sold in, most products first', async () => {
    const body = await list('sort=-units');
    // kg: K1 K2 K3; un: U1 and N1 (no unit named); l: L1.
    expect(body.meta.units).toEqual(['kg', 'un', 'l']);
    expect(ranking(body.data)).toEqual([
      ['N1', 90],
      ['U1', 40],
      ['K1', 13.5],
      ['L1', 6],
      ['K2', 3.25],
      ['K3', 0.5],
    ]);
  });

  it('ranks only the products of the unit asked, over their lifetime', async () => {
    const kilos = await list('sort=-units&unit=kg');
    expect(ranking(kilos.data)).toEqual([
      ['K1', 13.5],
      ['K2', 3.25],
      ['K3', 0.5],
    ]);
    expect(kilos.meta.total).toBe(3);
    // A share stays a share of all sales, not of the weighed ones (two decimals).
    expect(kilos.data[0]?.revenue_share_pct).toBeCloseTo((27000 / ALL_REVENUE) * 100, 2);
    // Products whose file names no unit count as units.
    expect(ranking((await list('sort=-units&unit=un')).data)).toEqual([
      ['N1', 90],
      ['U1', 40],
    ]);
    expect(ranking((await list('sort=-units&unit=L')).data)).toEqual([['L1', 6]]);
    const none = await list('unit=caja');
    expect(none.data).toEqual([]);
    expect(none.meta.total).toBe(0);
  });

  it('filters the months of a range and the lines of a branch the same way', async () => {
    // December only: K1 1 kg (Norte) and K3 0.5 kg (Centro).
    const december = await list('sort=-units&unit=kg&from=2025-12-01&to=2025-12-31');
    expect(ranking(december.data)).toEqual([
      ['K1', 1],
      ['K3', 0.5],
    ]);
    expect(december.meta.total).toBe(2);
    expect(december.data[0]?.revenue_share_pct).toBeCloseTo((2000 / 10000) * 100, 2);
    const paged = await list('sort=-units&unit=kg&page=2&page_size=2');
    expect(ranking(paged.data)).toEqual([['K3', 0.5]]);
    expect(paged.meta.total).toBe(3);

    const centro = await list('sort=-units&unit=kg&location=Centro&from=2025-11-01&to=2025-12-31');
    expect(ranking(centro.data)).toEqual([
      ['K1', 12.5],
      ['K3', 0.5],
    ]);
    expect(centro.meta.total).toBe(2);
    expect(centro.data[0]?.revenue_share_pct).toBeCloseTo((25000 / (25000 + 8000 + 2000 + 6000)) * 100, 2);
    const norteUnits = await list('sort=-units&unit=un&location=Norte&from=2025-11-01&to=2025-12-31');
    expect(ranking(norteUnits.data)).toEqual([['N1', 90]]);
  });

  it('exports the products of one unit as the list shows them, over their lifetime or a range', async () => {
    const exported = async (query: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${companyId}/exports/product?${query}`,
        headers: bearer(token),
      });
      expect(res.statusCode, res.body).toBe(200);
      const [, ...rows] = parseCsv(res.rawPayload.subarray(3).toString('utf8'), ',');
      return { skus: rows.map((row) => row[0]), filename: res.headers['content-disposition'] };
    };
    for (const query of [
      'sort=-units&unit=kg',
      'sort=-units&unit=kg&from=2025-12-01&to=2025-12-31',
      'unit=un',
    ]) {
      const file = await exported(query);
      expect(file.skus, query).toEqual((await list(query)).data.map((p) => p.product_id));
    }
    expect((await exported('unit=kg')).filename).toMatch(/filename="ayni-product-kg-todo\.csv"/);
    const wrongLevel = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/exports/category?unit=kg`,
      headers: bearer(token),
    });
    expect(wrongLevel.statusCode).toBe(400);
  });
});
