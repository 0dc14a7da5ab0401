import { buildFeatureResult, createFeatureAccumulator, type FeatureLine } from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { readCompanyLines } from './company-lines';
import { foldCompanyLines } from './fold-company-lines';

const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente;Sucursal;Descripción';

/**
 * Tickets of three lines each, the lines of a ticket together, some past midnight. Product
 * names of many lengths make rows of many sizes, as in real files.
 */
function tickets(from: number, count: number): string {
  const rows: string[] = [];
  for (let t = from; t < from + count; t++) {
    for (let l = 0; l < 3; l++) {
      const day = String(1 + (t % 27) + (t % 5 === 0 && l === 2 ? 1 : 0)).padStart(2, '0');
      const hour = t % 5 === 0 ? (l === 2 ? '00' : '23') : String(9 + (t % 10)).padStart(2, '0');
      const customer = t % 3 === 0 ? '' : `${10_000_000 + (t % 7)}-K`;
      const name = `Producto ${'x'.repeat((t * 7 + l * 13) % 90)}`;
      rows.push(
        `${day}/03/2025 ${hour}:${10 + l};B-${t};P-${(t + l) % 9};${1 + l};${990 * (1 + l)};${customer};${t % 2 ? 'Centro' : 'Norte'};${name}`,
      );
    }
  }
  return `${[HEADER, ...rows].join('\n')}\n`;
}

describe('foldCompanyLines', () => {
  let t: TestApp;
  /** First imports inserted into `sale_lines` in chunks of 40 lines while the file is read. */
  let chunked: TestApp;
  beforeAll(async () => {
    [t, chunked] = await Promise.all([
      buildTestApp(),
      buildTestApp({ importTuning: { insertChunkLines: 40 } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([t?.close(), chunked?.close()]);
  });

  async function fold(companyId: string, app = t) {
    const client = await app.owner.pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      await client.query("select set_config('app.company_id', $1, true)", [companyId]);
      // Lines in heap order, as a big company's are read (a small one's come by the primary key).
      await client.query('set local enable_indexscan = off');
      await client.query('set local enable_bitmapscan = off');
      const folded = await foldCompanyLines(client, companyId, (contiguousTickets) => {
        const accumulator = createFeatureAccumulator({ contiguousTickets });
        return { accumulator, add: (line: FeatureLine) => accumulator.add(line) };
      });
      const exact = createFeatureAccumulator();
      await readCompanyLines(client, companyId, (line) => exact.add(line));
      await client.query('commit');
      return { folded: folded.accumulator, exact };
    } finally {
      client.release();
    }
  }

  /** A new company whose first file holds `count` tickets. */
  async function firstImport(app: TestApp, name: string, count: number) {
    const owner = await createOwner(app.db, name);
    const token = await loginAs(app.app, owner.email, owner.password);
    const upload = await uploadAndWait(app.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: tickets(1, count),
    });
    expect(upload.status).toBe('completed');
    return { owner, token };
  }

  it('keeps the contiguous read while tickets are stored together or split near each other, and reads again when one is split far apart', async () => {
    // More tickets than a contiguous book reopens (1,024) when one comes back.
    const { owner, token } = await firstImport(t, 'Pliegue', 1100);
    const together = await fold(owner.company.id);
    expect(together.folded.tickets.contiguous).toBe(true);
    expect(buildFeatureResult(together.folded)).toEqual(buildFeatureResult(together.exact));

    // Later files correct a line of a ticket: updated in place, its new version is stored after
    // every other line, and the ticket is split. B-1095 comes back 5 tickets later: reopened.
    const correct = async (line: string) => {
      const content = `${HEADER}\n${line}\n`;
      const upload = await uploadAndWait(t.app, token, owner.company.id, { name: 'mas.csv', content });
      expect(upload.status).toBe('completed');
      return fold(owner.company.id);
    };
    const near = await correct('16/03/2025 13:10;B-1095;P-6;1;500;10000003-K;Centro;Producto');
    expect(near.folded.tickets.contiguous).toBe(true);
    expect(near.folded.ticketsExact).toBe(true);
    expect(buildFeatureResult(near.folded)).toEqual(buildFeatureResult(near.exact));

    // B-1 comes back 1,100 tickets later: read again without the promise.
    const far = await correct('02/03/2025 10:10;B-1;P-1;1;500;10000001-K;Centro;Producto');
    expect(far.folded.tickets.contiguous).toBe(false);
    expect(far.folded.ticketsExact).toBe(true);
    const rows = buildFeatureResult(far.folded);
    expect(rows).toEqual(buildFeatureResult(far.exact));
    expect(rows.levels.month[0]?.transactions).toBe(1100);
  });

  it('keeps the contiguous read when a chunked first import left rows of a chunk on an earlier page', async () => {
    const { owner } = await firstImport(chunked, 'Trozos', 400);
    // PostgreSQL put the first rows of some chunks into room left on an earlier page: in heap
    // order, those tickets start before the previous chunk's last tickets and come back after.
    const heap = await chunked.owner.pool.query<{ back: number }>(
      `select count(*)::int as back from (
         select source_line, lag(source_line) over (order by ctid) as before
         from sale_lines where company_id = $1) lines
       where source_line < before`,
      [owner.company.id],
    );
    expect(heap.rows[0]?.back).toBeGreaterThan(0);
    const read = await fold(owner.company.id, chunked);
    expect(read.folded.tickets.contiguous).toBe(true);
    expect(read.folded.ticketsExact).toBe(true);
    const rows = buildFeatureResult(read.folded);
    expect(rows).toEqual(buildFeatureResult(read.exact));
    expect(rows.levels.month[0]?.transactions).toBe(400);
  });
});
