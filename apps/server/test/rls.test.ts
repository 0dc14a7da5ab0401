import {
  assertAppRole,
  inCompany,
  insertSaleLines,
  listCompaniesWithOutdatedFeatures,
  withTenant,
} from '@ayni/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saleLine } from './fixtures/sale-line';
import { createOwner, freshDatabase } from './helpers';

const sale = (documentId: string, total: number) => saleLine({ documentId, total });

/** Drizzle wraps PostgreSQL's error; the reason is in `cause`. */
const causedBy = (pattern: RegExp) => (error: unknown) =>
  pattern.test(String((error as { cause?: { message?: string } }).cause?.message));

/** A policy expression (as pg_policies shows it) without its `( SELECT … )` parts. */
function outsideSubqueries(expression: string): string {
  let kept = '';
  let depth = 0;
  /** Depth at which the innermost enclosing subquery opened; -1 outside any. */
  let subqueryAt = -1;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (char === '(') {
      if (subqueryAt < 0 && expression.startsWith('( SELECT ', i)) subqueryAt = depth;
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === subqueryAt) {
        subqueryAt = -1;
        continue;
      }
    }
    if (subqueryAt < 0) kept += char;
  }
  return kept;
}

describe('row-level security (the second wall)', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  const q = (text: string, params: unknown[] = []) => fresh.handle.pool.query(text, params);

  beforeAll(async () => {
    fresh = await freshDatabase();
    a = await createOwner(fresh.handle, 'RlsA');
    b = await createOwner(fresh.handle, 'RlsB');
    await inCompany(fresh.handle.db, a.company.id, (tx) =>
      insertSaleLines(tx, a.company.id, [sale('A-1', 100)]),
    );
    await inCompany(fresh.handle.db, b.company.id, (tx) =>
      insertSaleLines(tx, b.company.id, [sale('B-1', 200), sale('B-2', 300)]),
    );
  });
  afterAll(() => fresh.close());

  it('runs the application as a role that cannot bypass RLS', async () => {
    await expect(assertAppRole(fresh.handle)).resolves.toBeUndefined();
    await expect(assertAppRole(fresh.owner)).rejects.toThrow(/must run as ayni_app/);
  });

  it('shows nothing to a query that forgot to say which company', async () => {
    expect((await q('select count(*)::int as n from sale_lines')).rows[0].n).toBe(0);
    expect((await q('select count(*)::int as n from companies')).rows[0].n).toBe(0);
    expect((await q('select count(*)::int as n from memberships')).rows[0].n).toBe(0);
  });

  it('shows a company only its own rows, even without a WHERE', async () => {
    const rows = await inCompany(
      fresh.handle.db,
      a.company.id,
      async (tx) => (await tx.execute(sql`select document_id from sale_lines order by 1`)).rows,
    );
    expect(rows).toEqual([{ document_id: 'A-1' }]);
    const owner = await fresh.owner.pool.query('select count(*)::int as n from sale_lines');
    expect(owner.rows[0].n).toBe(3);
  });

  it("cannot write into or change another company's rows", async () => {
    // B's company row is invisible from A, so the insert finds nothing to attach to.
    expect(
      await inCompany(fresh.handle.db, a.company.id, (tx) =>
        insertSaleLines(tx, b.company.id, [sale('EVIL', 1)]),
      ),
    ).toBe(0);
    await expect(
      inCompany(fresh.handle.db, a.company.id, (tx) =>
        tx.execute(sql`insert into locations (company_id, name) values (${b.company.id}, 'Evil')`),
      ),
    ).rejects.toSatisfy(causedBy(/row-level security/));
    const changed = await inCompany(
      fresh.handle.db,
      a.company.id,
      async (tx) =>
        (await tx.execute(sql`update sale_lines set total = 0 where company_id = ${b.company.id}`)).rowCount,
    );
    expect(changed).toBe(0);
    const deleted = await inCompany(
      fresh.handle.db,
      a.company.id,
      async (tx) => (await tx.execute(sql`delete from companies where id = ${b.company.id}`)).rowCount,
    );
    expect(deleted).toBe(0);
    expect((await fresh.owner.pool.query('select sum(total)::int as s from sale_lines')).rows[0].s).toBe(600);
  });

  it('lets a user see their own memberships and companies, nobody else’s', async () => {
    const seen = await withTenant(fresh.handle.db, { userId: a.user.id }, async (tx) =>
      (await tx.execute<{ id: string }>(sql`select id from companies`)).rows.map((r) => r.id),
    );
    expect(seen).toEqual([a.company.id]);
  });

  it('keeps the audit log append-only for the application', async () => {
    await inCompany(fresh.handle.db, a.company.id, (tx) =>
      tx.execute(sql`insert into audit_log (company_id, action) values (${a.company.id}, 'test.event')`),
    );
    await expect(
      inCompany(fresh.handle.db, a.company.id, (tx) => tx.execute(sql`update audit_log set action = 'x'`)),
    ).rejects.toSatisfy(causedBy(/permission denied/));
    await expect(
      inCompany(fresh.handle.db, a.company.id, (tx) => tx.execute(sql`delete from audit_log`)),
    ).rejects.toSatisfy(causedBy(/permission denied/));
  });

  it('keeps the platform audit trail append-only, and visible only in platform scope', async () => {
    const platform = (work: (tx: typeof fresh.handle.db) => Promise<unknown>) =>
      withTenant(fresh.handle.db, { platform: true }, work);
    await platform((tx) => tx.execute(sql`insert into platform_audit (action) values ('test.event')`));
    // A tenant (or user) transaction neither sees it nor writes to it.
    const seen = await inCompany(
      fresh.handle.db,
      a.company.id,
      async (tx) => (await tx.execute(sql`select id from platform_audit`)).rows.length,
    );
    expect(seen).toBe(0);
    await expect(
      withTenant(fresh.handle.db, { userId: a.user.id }, (tx) =>
        tx.execute(sql`insert into platform_audit (action) values ('forged')`),
      ),
    ).rejects.toSatisfy(causedBy(/row-level security/));
    await expect(platform((tx) => tx.execute(sql`update platform_audit set action = 'x'`))).rejects.toSatisfy(
      causedBy(/permission denied/),
    );
    await expect(platform((tx) => tx.execute(sql`delete from platform_audit`))).rejects.toSatisfy(
      causedBy(/permission denied/),
    );
    const kept = await platform(
      async (tx) => (await tx.execute(sql`select action from platform_audit`)).rows,
    );
    expect(kept).toEqual([{ action: 'test.event' }]);
  });

  it('lets the feature sweep read every company’s feature state, and change nothing', async () => {
    for (const company of [a, b]) {
      await fresh.owner.pool.query(
        `insert into feature_state (company_id, lines, duration_ms, rows_version) values ($1, 1, 1, 'old')
         on conflict (company_id) do update set rows_version = 'old'`,
        [company.company.id],
      );
    }
    const sweep = (work: (tx: typeof fresh.handle.db) => Promise<unknown>) =>
      withTenant(fresh.handle.db, { featureSweep: true }, work);
    expect(await sweep((tx) => listCompaniesWithOutdatedFeatures(tx, 'new'))).toEqual(
      [a.company.id, b.company.id].sort(),
    );
    // Without the scope a company sees its own state only; the sweep sees no lines nor figures.
    expect(
      await inCompany(fresh.handle.db, a.company.id, (tx) => listCompaniesWithOutdatedFeatures(tx, 'new')),
    ).toEqual([a.company.id]);
    expect(await sweep(async (tx) => (await tx.execute(sql`select id from sale_lines`)).rows.length)).toBe(0);
    const updated = await sweep(
      async (tx) => (await tx.execute(sql`update feature_state set rows_version = 'forged'`)).rowCount,
    );
    expect(updated).toBe(0);
  });

  it('computes each policy’s tenant once per statement, not once per row', async () => {
    const policies = await fresh.owner.pool.query<{
      name: string;
      qual: string | null;
      check: string | null;
    }>(
      `select tablename || '.' || policyname as name, qual, with_check as check from pg_policies
       where schemaname = 'public'`,
    );
    expect(policies.rows.length).toBeGreaterThanOrEqual(40);
    // A bare call is evaluated for every row; inside `( SELECT …)` once, as an InitPlan.
    for (const p of policies.rows) {
      expect(outsideSubqueries(`${p.qual ?? ''} ${p.check ?? ''}`), p.name).not.toMatch(
        /\b(app_[a-z_]+|current_setting)\(/,
      );
    }
    const plan = await inCompany(fresh.handle.db, a.company.id, async (tx) =>
      (await tx.execute<{ 'QUERY PLAN': string }>(sql`explain select count(*) from sale_lines`)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    );
    expect(plan).toMatch(/InitPlan/);
  });

  it('has RLS enabled and forced on every table with a company_id', async () => {
    const tables = await fresh.owner.pool.query<{ table: string; enabled: boolean; forced: boolean }>(`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
              where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'company_id')
             or c.relname = 'companies')
      order by 1`);
    expect(tables.rows.length).toBeGreaterThanOrEqual(7);
    for (const t of tables.rows) expect(t, t.table).toMatchObject({ enabled: true, forced: true });
  });
});
