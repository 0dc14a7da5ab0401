import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/helpers';
import { CopyBinaryRows } from './copy-binary-writer';
import { copyRow } from './copy-text';

type Value = number | string | boolean | null;
type Kind = 'int4' | 'numeric2' | 'numeric3' | 'timestamptz' | 'text' | 'jsonb' | 'boolean';

const COLUMN_TYPES: Record<Kind, string> = {
  int4: 'int',
  numeric2: 'numeric(16,2)',
  numeric3: 'numeric(14,3)',
  timestamptz: 'timestamptz',
  text: 'text',
  jsonb: 'jsonb',
  boolean: 'boolean',
};

/** The binary rows of `rows` (one value per column of `kinds`), in chunks of `chunkBytes`. */
function binaryRows(kinds: Kind[], rows: Value[][], chunkBytes = 64): Buffer[] {
  const out = new CopyBinaryRows(chunkBytes);
  out.header();
  for (const row of rows) {
    out.row(kinds.length);
    kinds.forEach((kind, i) => {
      const value = row[i] as Value;
      if (kind === 'int4') out.int4(value as number | null);
      else if (kind === 'numeric2') out.numeric(value as number | null, 2);
      else if (kind === 'numeric3') out.numeric(value as number | null, 3);
      else if (kind === 'timestamptz') out.timestamptz(value as number);
      else if (kind === 'text') out.text(value as string | null);
      else if (kind === 'jsonb') out.jsonb(value as string | null);
      else out.boolean(value as boolean);
    });
  }
  out.trailer();
  return out.take();
}

/** The text format's rows of the same values (timestamps as Date#toISOString). */
const textRows = (kinds: Kind[], rows: Value[][]) =>
  rows.map((row) =>
    copyRow(row.map((v, i) => (kinds[i] === 'timestamptz' ? new Date(v as number).toISOString() : v))),
  );

/**
 * What PostgreSQL stores for `rows` COPYed in text and in binary: both tables read back as
 * text, row by row.
 */
async function storedBothWays(client: pg.PoolClient, kinds: Kind[], rows: Value[][]) {
  const columns = kinds.map((kind, i) => `c${i} ${COLUMN_TYPES[kind]}`).join(', ');
  await client.query(`create temp table via_text (n serial, ${columns}) on commit drop`);
  await client.query(`create temp table via_binary (n serial, ${columns}) on commit drop`);
  const names = kinds.map((_, i) => `c${i}`).join(', ');
  await pipeline(
    Readable.from(textRows(kinds, rows)),
    client.query(copyFrom(`copy via_text (${names}) from stdin`)),
  );
  await pipeline(
    Readable.from(binaryRows(kinds, rows)),
    client.query(copyFrom(`copy via_binary (${names}) from stdin (format binary)`)),
  );
  const read = async (table: string) =>
    (await client.query({ text: `select ${names} from ${table} order by n`, rowMode: 'array' })).rows.map(
      (row: unknown[]) => row.map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
  return { text: await read('via_text'), binary: await read('via_binary') };
}

describe('CopyBinaryRows against PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let client: pg.PoolClient;
  beforeAll(async () => {
    db = await freshDatabase();
    client = await db.owner.pool.connect();
  });
  afterAll(async () => {
    client.release();
    await db.close();
  });
  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.query('begin');
    try {
      return await work();
    } finally {
      await client.query('rollback');
    }
  };

  it('stores every kind of field exactly as the text format does', async () => {
    const kinds: Kind[] = ['int4', 'numeric2', 'numeric3', 'timestamptz', 'text', 'jsonb', 'boolean'];
    const rows: Value[][] = [
      [1, 12990, 1, 1_746_104_400_000, 'Boleta', '{"Vendedor":"Ana"}', true],
      [-7, -4490.5, -1.508, 0, 'Ñandú €', null, false],
      [2_147_483_647, 0.005, 0.0005, -1, '', '{"nota":"😀 \\ufffd"}', true],
      [null, -0.005, -0.0005, 946_684_800_000, 'tab\there\nnew\\line', '{}', false],
      [0, 1.005, 1.0005, 946_684_799_999.9, 'a\0b', null, true],
      [42, 0.1 + 0.2, 2 / 3, -2_208_988_800_000, '\ud800 lone', null, false],
      [3, 123_456_789.99, 99_999_999_999.999, 4_102_444_799_999, '😀'.repeat(30), null, true],
      [4, 12_345_678_901_234.56, 1e-7, 1_700_000_000_123, null, null, false],
      [5, 1e-7, 5e-4, 1_700_000_000_000, 'x'.repeat(200), null, true],
      [9, 12_345_678_901, -0, 1_700_000_000_000, 'ok', null, true],
      [6, Number.NaN, Number.POSITIVE_INFINITY, 1_700_000_000_000, 'ok', null, true],
      [7, -0, 12_345_678_901, 1_700_000_000_000, 'ok', null, true],
      [8, 99_999_999_999_999.98, 12_345_678_901.5, 1_700_000_000_000, 'ok', null, true],
    ];
    const stored = await inTransaction(() => storedBothWays(client, kinds, rows));
    expect(stored.binary).toEqual(stored.text);
    // Spot checks on what both kept: half away from zero, no negative zero, NUL replaced.
    expect(stored.binary[2]?.[1]).toBe('0.01');
    expect(stored.binary[3]?.[1]).toBe('-0.01');
    expect(stored.binary[4]?.[1]).toBe('1.01');
    expect(stored.binary[4]?.[4]).toBe('a\uFFFDb');
    expect(stored.binary[11]?.[1]).toBe('0.00');
    expect(stored.binary[10]?.[1]).toBeNull();
  });

  it('stores any amount and quantity exactly as the text format does (property)', async () => {
    const amount = fc.oneof(
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((cents) => cents / 100),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((k) => k / 1000),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.integer({ min: -99_999, max: 99_999 }).map((k) => k / 100 + 0.005),
      fc.integer({ min: -99_999, max: 99_999 }).map((k) => k / 1000 + 0.0005),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 200 }),
        async (pairs) => {
          const rows = pairs.map(([a, b]): Value[] => [a, Math.max(-1e10, Math.min(1e10, b))]);
          const stored = await inTransaction(() => storedBothWays(client, ['numeric2', 'numeric3'], rows));
          expect(stored.binary).toEqual(stored.text);
        },
      ),
      { numRuns: 40 },
    );
  });
});
