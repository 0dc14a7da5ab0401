import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { uploadAndWait } from '../../../../test/upload-helpers';
import { recomputeFeaturesAlone } from '../../analytics/recompute-features';

/**
 * A company's first import builds its features while staging the lines; they must be exactly
 * what a recomputation from the stored lines gives, rounding of weighed quantities, cents,
 * inferred discounts and costs included.
 */
const HEADER =
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Precio unitario;Total neto;Costo total;RUT cliente;Sucursal;Tipo documento';

function tickets(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 11)).padStart(2, '0');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    const weighed = (0.1 + ((i * 7919) % 2000) / 1337).toFixed(4).replace('.', ',');
    const unitPrice = 990 + ((i * 31) % 97) * 10;
    const quantity = Number(weighed.replace(',', '.'));
    // Totals a little under price × quantity (a discount), with half cents now and then.
    const total = (unitPrice * quantity - (i % 5) * 0.005).toFixed(3).replace('.', ',');
    const cost = (unitPrice * quantity * 0.6123).toFixed(4).replace('.', ',');
    const credit = i % 17 === 0;
    const sign = credit ? '-' : '';
    const customer = i % 3 === 0 ? '' : `${10_000_000 + (i % 23)}-K`;
    rows.push(
      [
        `${day}/${month}/2025 ${hour}:${String(i % 60).padStart(2, '0')}`,
        credit ? `NC-${i}` : `B-${Math.floor(i / 3)}`,
        `P-${i % 13}`,
        `Producto ${i % 13}`,
        `Cat ${i % 4}`,
        `${sign}${weighed}`,
        `$ ${unitPrice}`,
        `${sign}${total}`,
        `${sign}${cost}`,
        customer,
        i % 2 === 0 ? 'Centro' : 'Mall',
        credit ? 'Nota de crédito' : 'Boleta',
      ].join(';'),
    );
  }
  return `${[HEADER, ...rows].join('\n')}\n`;
}

describe('features of a first import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function snapshot(companyId: string) {
    const features = await t.owner.pool.query(
      `select level, entity, period, period_start::text, period_end::text, values
       from feature_rows where company_id = $1 order by level, entity, period`,
      [companyId],
    );
    const insights = await t.owner.pool.query(
      'select section, payload, data_through::text from company_insights where company_id = $1 order by section',
      [companyId],
    );
    const state = await t.owner.pool.query(
      'select data_through::text, lines from feature_state where company_id = $1',
      [companyId],
    );
    return { features: features.rows, insights: insights.rows, state: state.rows };
  }

  it.each([
    ['append', {}],
    ['replace into a branch', { mode: 'replace', location: 'Bodega' }],
  ])('equal a recomputation from the stored lines (%s)', async (name, fields) => {
    const owner = await createOwner(t.db, `Primera ${name}`);
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(
      t.app,
      token,
      owner.company.id,
      { name: 'ventas.csv', content: tickets(600) },
      fields as Record<string, string>,
    );
    expect(upload.status, JSON.stringify(upload.error)).toBe('completed');
    expect(upload.rows.inserted).toBe(600);
    const built = await snapshot(owner.company.id);
    expect(built.features.length).toBeGreaterThan(100);
    expect(built.insights.length).toBeGreaterThan(0);
    expect(built.state[0]?.lines).toBe(600);

    await recomputeFeaturesAlone(t.owner.pool, owner.company.id);
    expect(await snapshot(owner.company.id)).toEqual(built);
  });
});
