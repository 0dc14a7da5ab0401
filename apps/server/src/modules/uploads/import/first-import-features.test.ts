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
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Precio unitario;Total neto;Costo total;RUT cliente;Sucursal;Tipo documento;Unidad';

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
    // Whole tickets are credit notes: every document's lines stay together, as POS exports them.
    const credit = Math.floor(i / 3) % 6 === 0;
    const sign = credit ? '-' : '';
    const customer = i % 3 === 0 ? '' : `${10_000_000 + (i % 23)}-K`;
    rows.push(
      [
        `${day}/${month}/2025 ${hour}:${String(i % 60).padStart(2, '0')}`,
        `${credit ? 'NC' : 'B'}-${Math.floor(i / 3)}`,
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
        i % 3 === 0 ? 'KG' : 'UN',
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

  /** The file with ticket NC-0's second line moved to the end: the ticket comes back. */
  function reopened(content: string): string {
    const rows = content.trimEnd().split('\n');
    const [moved] = rows.splice(2, 1);
    return `${[...rows, moved].join('\n')}\n`;
  }

  /**
   * The file with a last ticket from 1905 (a typo, say): before 1910 Santiago's clock ran on
   * local mean time (−4:42:46), so quarter hours straddle local days and the rollup cannot come
   * from the quarter-hour tally.
   */
  function withAnOldTicket(content: string): string {
    const [first] = content.split('\n').slice(1, 2);
    const old = (first as string).replace(/^\d\d\/\d\d\/\d{4} \d\d:\d\d;[^;]*/, '15/03/1905 23:55;B-OLD');
    return `${content}${old}\n`;
  }

  it.each([
    ['append', {}, false, 600],
    ['replace into a branch', { mode: 'replace', location: 'Bodega' }, false, 600],
    // The streamed features then stop and the lines are read back: still equal.
    ['a ticket that comes back after others', {}, true, 600],
    ['a ticket from 1905', {}, false, 601],
  ])('equal a recomputation from the stored lines (%s)', async (name, fields, reopen, lines) => {
    const owner = await createOwner(t.db, `Primera ${name}`);
    const token = await loginAs(t.app, owner.email, owner.password);
    const file = lines > 600 ? withAnOldTicket(tickets(600)) : tickets(600);
    const content = reopen ? reopened(file) : file;
    const upload = await uploadAndWait(
      t.app,
      token,
      owner.company.id,
      { name: 'ventas.csv', content },
      fields as Record<string, string>,
    );
    expect(upload.status, JSON.stringify(upload.error)).toBe('completed');
    expect(upload.rows.inserted).toBe(lines);
    const built = await snapshot(owner.company.id);
    expect(built.features.length).toBeGreaterThan(100);
    expect(built.insights.length).toBeGreaterThan(0);
    expect(built.state[0]?.lines).toBe(lines);

    await recomputeFeaturesAlone(t.owner.pool, owner.company.id);
    expect(await snapshot(owner.company.id)).toEqual(built);

    // The daily rollup and the per-day audit, tallied while staging, equal SQL over the lines.
    const rollup = await t.owner.pool.query(
      `select day::text, gross_sales, returns, tickets, units, lines from daily_sales
       where company_id = $1 order by day`,
      [owner.company.id],
    );
    const fromLines = await t.owner.pool.query(
      `select (s.sold_at at time zone c.timezone)::date::text as day,
         coalesce(sum(s.total) filter (where not s.is_return), 0)::numeric(18, 2) as gross_sales,
         coalesce(-sum(s.total) filter (where s.is_return), 0)::numeric(18, 2) as returns,
         (count(distinct s.document_id) filter (where not s.is_return))::int as tickets,
         coalesce(sum(s.quantity) filter (where s.unit = 'un'), 0)::numeric(18, 3) as units,
         count(*)::int as lines
       from sale_lines s join companies c on c.id = s.company_id
       where s.company_id = $1 group by 1 order by 1`,
      [owner.company.id],
    );
    expect(rollup.rows.length).toBeGreaterThan(100);
    expect(rollup.rows.some((r) => Number(r.units) > 0 && Number(r.returns) > 0)).toBe(true);
    expect(rollup.rows).toEqual(fromLines.rows);
    const days = await t.owner.pool.query(
      `select period_start::text as day, lines_before, lines_after, inserted from upload_changes
       where company_id = $1 and upload_id = $2 and period_type = 'day' order by 1`,
      [owner.company.id, upload.id],
    );
    expect(days.rows).toEqual(
      fromLines.rows.map((r) => ({ day: r.day, lines_before: 0, lines_after: r.lines, inserted: r.lines })),
    );
  });
});
