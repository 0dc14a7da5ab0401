import { buildFeatureResult, createFeatureAccumulator, type FeatureLine } from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { readCompanyLines } from './company-lines';
import { foldCompanyLines } from './fold-company-lines';

const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente;Sucursal';

/** Tickets of three lines each, the lines of a ticket together, some past midnight. */
function tickets(from: number, count: number): string {
  const rows: string[] = [];
  for (let t = from; t < from + count; t++) {
    for (let l = 0; l < 3; l++) {
      const day = String(1 + (t % 27) + (t % 5 === 0 && l === 2 ? 1 : 0)).padStart(2, '0');
      const hour = t % 5 === 0 ? (l === 2 ? '00' : '23') : String(9 + (t % 10)).padStart(2, '0');
      const customer = t % 3 === 0 ? '' : `${10_000_000 + (t % 7)}-K`;
      rows.push(
        `${day}/03/2025 ${hour}:${10 + l};B-${t};P-${(t + l) % 9};${1 + l};${990 * (1 + l)};${customer};${t % 2 ? 'Centro' : 'Norte'}`,
      );
    }
  }
  return `${[HEADER, ...rows].join('\n')}\n`;
}

describe('foldCompanyLines', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function fold(companyId: string) {
    const client = await t.owner.pool.connect();
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

  it('keeps the contiguous read while tickets are stored together, and reads again when one is split', async () => {
    const owner = await createOwner(t.db, 'Pliegue');
    const token = await loginAs(t.app, owner.email, owner.password);
    const first = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'marzo.csv',
      content: tickets(1, 120),
    });
    expect(first.status).toBe('completed');
    const together = await fold(owner.company.id);
    expect(together.folded.tickets.contiguous).toBe(true);
    expect(buildFeatureResult(together.folded)).toEqual(buildFeatureResult(together.exact));

    // A later file corrects a line of ticket B-1: updated in place, its new version is stored
    // after other tickets' lines, and the ticket is split.
    const more = `${HEADER}\n02/03/2025 10:10;B-1;P-1;1;500;10000001-K;Centro\n`;
    const second = await uploadAndWait(t.app, token, owner.company.id, { name: 'mas.csv', content: more });
    expect(second.status).toBe('completed');
    const split = await fold(owner.company.id);
    expect(split.folded.tickets.contiguous).toBe(false);
    expect(split.folded.ticketsExact).toBe(true);
    const rows = buildFeatureResult(split.folded);
    expect(rows).toEqual(buildFeatureResult(split.exact));
    expect(rows.levels.month[0]?.transactions).toBe(120);
  });
});
