import { rmSync } from 'node:fs';
import { connect, runMigrations } from '@ayni/db';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { TEST_DATABASE_URL } from '../production-env';
import { migrationsBefore } from './migrations-before';

const MIGRATION = '0027_sale_lines_seller_payment';

describe.skipIf(!TEST_DATABASE_URL)(`migration ${MIGRATION}`, () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
  });
  afterAll(() => database.drop());

  it('moves the seller and payment columns kept in extra into their fields, as imports now read them', async () => {
    const handle = connect(database.url, { max: 2 });
    const before = migrationsBefore(MIGRATION);
    try {
      await migrate(handle.db, { migrationsFolder: before });
      const company = await handle.pool.query<{ id: string }>(
        `insert into companies (name, rut, industry, size, region)
         values ('Con vendedores', '76000001-1', 'retail', 'micro', 'RM') returning id`,
      );
      const companyId = company.rows[0]?.id as string;
      const extras: [string, Record<string, string> | null][] = [
        ['D1', { 'Nombre vendedor': 'VENDEDOR 01', 'Método pago': 'DEBITO', 'Email cliente': 'a@b.cl' }],
        ['D2', { Cajera: ' Ana ', 'FORMA DE PAGO': 'EFECTIVO' }],
        ['D3', { 'Nombre vendedor': '', 'Método pago': 'CREDITO' }],
        ['D4', { Fabricante: 'Soprole' }],
        ['D5', null],
      ];
      for (const [document, extra] of extras) {
        await handle.pool.query(
          `insert into sale_lines (company_id, document_id, line_no, sku, sold_at, quantity, unit_price, total, extra)
           values ($1, $2, 1, 'A', '2025-10-01T12:00:00Z', 1, 1000, 1000, $3)`,
          [companyId, document, extra === null ? null : JSON.stringify(extra)],
        );
      }

      await runMigrations(handle);

      const stored = await handle.pool.query(
        'select document_id, seller, payment_method, extra from sale_lines order by document_id',
      );
      expect(stored.rows.map((r) => [r.document_id, r.seller, r.payment_method, r.extra])).toEqual([
        ['D1', 'VENDEDOR 01', 'DEBITO', { 'Email cliente': 'a@b.cl' }],
        ['D2', 'Ana', 'EFECTIVO', null],
        ['D3', null, 'CREDITO', null],
        ['D4', null, null, { Fabricante: 'Soprole' }],
        ['D5', null, null, null],
      ]);
      const forced = await handle.pool.query<{ relforcerowsecurity: boolean }>(
        `select relforcerowsecurity from pg_class where relname = 'sale_lines'`,
      );
      expect(forced.rows[0]?.relforcerowsecurity).toBe(true);
    } finally {
      rmSync(before, { recursive: true, force: true });
      await handle.close();
    }
  });
});
