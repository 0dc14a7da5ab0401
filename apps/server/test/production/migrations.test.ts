import { connect, runMigrations } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { TEST_DATABASE_URL } from '../production-env';

describe.skipIf(!TEST_DATABASE_URL)('migrations on an external PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
  });
  afterAll(() => database.drop());

  it('apply once even when several processes start together, and re-running is a no-op', async () => {
    const handles = [1, 2, 3].map(() => connect(database.url, { max: 2 }));
    await Promise.all(handles.map((h) => runMigrations(h)));
    await runMigrations(handles[0] as (typeof handles)[0]);
    const db = handles[0] as (typeof handles)[0];
    const tables = await db.pool.query(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['companies', 'daily_sales', 'jobs', 'memberships', 'sale_lines', 'users']),
    );
    const applied = await db.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(applied.rows[0].n).toBeGreaterThanOrEqual(1);
    const version = await db.pool.query('show server_version_num');
    expect(Number(version.rows[0].server_version_num)).toBeGreaterThanOrEqual(150000);
    await Promise.all(handles.map((h) => h.close()));
  });
});
