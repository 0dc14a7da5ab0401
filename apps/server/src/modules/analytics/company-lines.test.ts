import type { FeatureLine } from '@ayni/engine';
import { to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers';
import { CopyBinaryLineReader } from './company-lines';

/**
 * The binary reader must give exactly what reading COPY's text gave: `Number(text)` of every
 * amount and `(extract(epoch from sold_at) * 1000)::bigint` of every instant.
 */
const ROWS = `(values
  ('2024-04-06 23:30:00.0005-04'::timestamptz, 'B-1', 'SKU 1', 1.000::numeric(14,3), 1234.56::numeric(16,2),
   null::numeric(16,2), null::numeric(16,2), 89.00::numeric(16,2), '12345678-5', 'Bebidas', 'Centro',
   'Ñandú "tab"	here', 'kg'),
  ('1969-12-31 23:59:59.9985+00', 'B-1', 'SKU 2', -0.125, -0.01, 0.00, 99999999999999.99, -44.50, '', null, null,
   E'line\\nbreak \\\\ back', null),
  ('1900-01-01 00:00:00.0015+00', 'NC 7', 'SKU 1', 99999999999.999, 0.05, 12.5, -3.3, null, null, 'Bebidas',
   'Centro', 'Ñandú', 'un'),
  ('2026-10-31 12:00:00.4995-03', 'NC 7', 'é', 0.001, 10000.00, 0.10, 1e-2, 0.01, 'x', '', '', '', ''))
  as t(sold_at, doc, sku, quantity, total, cost, discount, commission, customer, category, location, product,
    unit)`;

const BINARY = `select sold_at, doc, sku, quantity, total, cost, discount, commission, customer, category,
  location, product, unit from ${ROWS}`;
const TEXT = `select (extract(epoch from sold_at) * 1000)::bigint::text as sold_at, doc, sku,
  quantity::text, total::text, cost::text, discount::text, commission::text, customer, category, location,
  product, unit from ${ROWS}`;

const num = (text: string | null) => (text === null ? null : Number(text));

describe('CopyBinaryLineReader', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let binary: Buffer;
  let expected: FeatureLine[];
  beforeAll(async () => {
    db = await freshDatabase();
    const client = await db.owner.pool.connect();
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of client.query(copyTo(`copy (${BINARY}) to stdout (format binary)`)))
        chunks.push(chunk as Buffer);
      binary = Buffer.concat(chunks);
      const text = await client.query(TEXT);
      expected = text.rows.map((row) => ({
        soldAt: Number(row.sold_at),
        transId: row.doc,
        productId: row.sku,
        quantity: Number(row.quantity),
        priceTotal: Number(row.total),
        costTotal: num(row.cost),
        discountTotal: num(row.discount),
        commission: num(row.commission),
        customerId: row.customer,
        category: row.category,
        location: row.location,
        description: row.product,
        unitType: row.unit,
      }));
    } finally {
      client.release();
    }
  });
  afterAll(() => db.close());

  const read = (chunks: Buffer[]) => {
    const reader = new CopyBinaryLineReader();
    const lines: FeatureLine[] = [];
    for (const chunk of chunks) reader.push(chunk, (line) => lines.push({ ...line }));
    reader.end();
    return lines;
  };

  it('reads every field as the text of COPY read', () => {
    const lines = read([binary]);
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(expected);
    expect(Object.is(lines[1]?.costTotal, 0)).toBe(true);
  });

  it('reads rows cut anywhere between chunks', () => {
    for (const size of [1, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < binary.length; at += size) chunks.push(binary.subarray(at, at + size));
      expect(read(chunks)).toEqual(expected);
    }
  });

  it('fails on a stream cut short', () => {
    expect(() => read([binary.subarray(0, binary.length - 10)])).toThrow(/middle of a row/);
  });
});
