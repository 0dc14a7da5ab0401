import { rmSync } from 'node:fs';
import { connect, runMigrations } from '@ayni/db';
import { canonicalCustomerId } from '@ayni/engine';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { TEST_DATABASE_URL } from '../production-env';
import { migrationsBefore } from './migrations-before';

const RUT_MIGRATION = '0026_sale_lines_customer_rut';

/** Ids as files wrote them: RUTs in every spelling, invalid ones, codes and names. */
const WRITTEN_IDS = [
  '12.345.678-5',
  '12345678-5',
  '12 345 678-5',
  '6.000.000-k',
  '6000000-K',
  '0006000000-K',
  '0006.000.000-k',
  '12-345-678-5',
  '12.345.678-9',
  '123456785',
  'C-0042',
  'CLIENTE 01',
  'juan-perez',
  '-',
  '12345678-',
  '76.086.428-5',
  '1-9',
  '01-9',
];

describe.skipIf(!TEST_DATABASE_URL)(`migration ${RUT_MIGRATION}`, () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
  });
  afterAll(() => database.drop());

  it('rewrites stored customer ids as imports now store them and marks the figures to rebuild', async () => {
    const handle = connect(database.url, { max: 2 });
    const before = migrationsBefore(RUT_MIGRATION);
    try {
      await migrate(handle.db, { migrationsFolder: before });
      const companies = await handle.pool.query<{ id: string }>(
        `insert into companies (name, rut, industry, size, region)
         select 'Empresa ' || n, '7600000' || n || '-1', 'retail', 'micro', 'RM' from generate_series(1, 3) n
         returning id`,
      );
      const [withRuts, withCodes, withNone] = companies.rows.map((row) => row.id) as [string, string, string];
      const insertLine = (companyId: string, documentId: string, customerId: string | null) =>
        handle.pool.query(
          `insert into sale_lines (company_id, document_id, line_no, sku, sold_at, quantity, unit_price, total, customer_id)
           values ($1, $2, 1, 'A', '2025-10-01T12:00:00Z', 1, 1000, 1000, $3)`,
          [companyId, documentId, customerId],
        );
      for (const [index, id] of WRITTEN_IDS.entries()) await insertLine(withRuts, `D${index}`, id);
      await insertLine(withCodes, 'D1', 'C-0042');
      await insertLine(withCodes, 'D2', '12345678-5');
      await insertLine(withNone, 'D1', null);
      for (const companyId of [withRuts, withCodes, withNone]) {
        await handle.pool.query(
          `insert into feature_state (company_id, lines, duration_ms, rows_version) values ($1, 1, 1, 'v-old')`,
          [companyId],
        );
      }

      await runMigrations(handle);

      const stored = await handle.pool.query<{ document_id: string; customer_id: string }>(
        'select document_id, customer_id from sale_lines where company_id = $1',
        [withRuts],
      );
      const byDocument = new Map(stored.rows.map((row) => [row.document_id, row.customer_id]));
      // The migration's SQL and the import's TypeScript give every written id the same stored id.
      for (const [index, id] of WRITTEN_IDS.entries()) {
        expect([id, byDocument.get(`D${index}`)]).toEqual([id, canonicalCustomerId(id)]);
      }
      expect([
        byDocument.get('D0'),
        byDocument.get('D2'),
        byDocument.get('D3'),
        byDocument.get('D7'),
      ]).toEqual(['12345678-5', '12345678-5', '6000000-K', '12345678-5']);
      // Only the company whose lines changed has its figures rebuilt.
      const states = await handle.pool.query<{ company_id: string; rows_version: string | null }>(
        'select company_id, rows_version from feature_state',
      );
      const versions = new Map(states.rows.map((row) => [row.company_id, row.rows_version]));
      expect([versions.get(withRuts), versions.get(withCodes), versions.get(withNone)]).toEqual([
        null,
        'v-old',
        'v-old',
      ]);
      // Row-level security is forced again on both tables.
      const forced = await handle.pool.query<{ relname: string; relforcerowsecurity: boolean }>(
        `select relname, relforcerowsecurity from pg_class where relname in ('sale_lines', 'feature_state') order by 1`,
      );
      expect(forced.rows.map((row) => row.relforcerowsecurity)).toEqual([true, true]);
    } finally {
      rmSync(before, { recursive: true, force: true });
      await handle.close();
    }
  });
});
