import { inCompany, insertSaleLines, type SaleLineInput } from '@ayni/db';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';

const line = (documentId: string, l: Partial<SaleLineInput> = {}): SaleLineInput => ({
  documentId,
  lineNo: 1,
  localTime: '2026-03-10T12:30:00',
  locationName: 'Casa Matriz Ñuñoa',
  sku: 'PAN-1',
  productName: 'Marraqueta, "la de siempre"',
  category: 'Panadería',
  customerId: null,
  unit: 'kg',
  quantity: 1.25,
  unitPrice: 2390,
  total: 2987.5,
  isReturn: false,
  ...l,
});

describe('company data export', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let files: Record<string, string>;

  beforeAll(async () => {
    t = await buildTestApp();
    a = await createOwner(t.db, 'Exporta');
    b = await createOwner(t.db, 'Ajena');
    owner = await loginAs(t.app, a.email, a.password);
    await inCompany(t.db.db, a.company.id, (tx) =>
      insertSaleLines(tx, a.company.id, [
        line('B-1'),
        line('B-2', { productName: '=HYPERLINK("http://evil")', unit: 'un', quantity: 2, total: 4780 }),
        line('NC-1', { quantity: -1, total: -2390, isReturn: true }),
      ]),
    );
    await inCompany(t.db.db, b.company.id, (tx) =>
      insertSaleLines(tx, b.company.id, [line('SECRETO-B', { productName: 'Producto de la otra empresa' })]),
    );
    const url = `/api/v1/companies/${a.company.id}`;
    await t.app.inject({ method: 'POST', url: `${url}/analytics/refresh`, headers: bearer(owner) });
    await t.app.inject({
      method: 'POST',
      url: `${url}/locations`,
      headers: bearer(owner),
      payload: { name: 'Local 1' },
    });
    await t.app.inject({
      method: 'POST',
      url: `${url}/invitations`,
      headers: bearer(owner),
      payload: { email: 'invitada@example.cl', role: 'viewer' },
    });
    await eventually(async () => {
      const r = await t.owner.pool.query(`select count(*)::int as n from daily_sales where company_id = $1`, [
        a.company.id,
      ]);
      return r.rows[0].n > 0 ? true : undefined;
    });
    // The refresh also rewrites the feature levels and the insight sections.
    await eventually(async () => {
      const r = await t.owner.pool.query(
        `select (select count(*)::int from company_insights where company_id = $1) as n`,
        [a.company.id],
      );
      return r.rows[0].n > 0 ? true : undefined;
    }, 60_000);
    const res = await t.app.inject({ method: 'GET', url: `${url}/export`, headers: bearer(owner) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    // Streamed as it is made: no length known up front.
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="ayni-export-${a.company.rut}-\\d{4}-\\d{2}-\\d{2}\\.zip"$`),
    );
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    files = Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
  });
  afterAll(() => t.close());

  const json = (name: string) =>
    JSON.parse(files[`${name}.json`] as string) as Array<Record<string, unknown>>;
  const table = async (sql: string) => (await t.owner.pool.query(sql, [a.company.id])).rows;

  it('holds a CSV and a JSON per table and a manifest', () => {
    const tables = [
      'company',
      'locations',
      'members',
      'invitations',
      'sale_lines',
      'daily_sales',
      'audit_log',
    ];
    expect(
      Object.keys(files)
        .filter((name) => !name.includes('/'))
        .sort(),
    ).toEqual([...tables.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'manifest.json'].sort());
    const manifest = JSON.parse(files['manifest.json'] as string);
    expect(manifest).toMatchObject({
      format: 'ayni-company-export',
      company: { id: a.company.id, rut: a.company.rut },
    });
    expect(manifest.tables.find((x: { name: string }) => x.name === 'sale_lines').rows).toBe(3);
  });

  it('holds exactly the data of the company', async () => {
    expect(json('company')).toEqual([
      expect.objectContaining({ id: a.company.id, name: a.company.name, rut: a.company.rut }),
    ]);
    const sales = await table(
      `select document_id, quantity::float8 as quantity, total::float8 as total, is_return,
         to_char(sold_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as sold_at
       from sale_lines where company_id = $1 order by id`,
    );
    expect(
      json('sale_lines').map(({ document_id, quantity, total, is_return, sold_at }) => ({
        document_id,
        quantity,
        total,
        is_return,
        sold_at,
      })),
    ).toEqual(sales);
    const daily =
      await table(`select day::text as day, gross_sales::float8 as gross_sales, returns::float8 as returns
      from daily_sales where company_id = $1 order by day`);
    expect(
      json('daily_sales').map(({ day, gross_sales, returns }) => ({ day, gross_sales, returns })),
    ).toEqual(daily);
    expect(json('locations').map((l) => l.name)).toEqual(['Local 1']);
    expect(json('members')).toEqual([
      expect.objectContaining({ user_id: a.user.id, email: a.email, role: 'owner' }),
    ]);
    expect(json('invitations')).toEqual([
      expect.objectContaining({ email: 'invitada@example.cl', role: 'viewer' }),
    ]);
    const audit =
      await table(`select action from audit_log where company_id = $1 and action <> 'export.downloaded'
      order by id`);
    expect(json('audit_log').map((e) => e.action)).toEqual(audit.map((r) => r.action));
  });

  it('holds every stored feature level and every insight section', async () => {
    const manifest = JSON.parse(files['manifest.json'] as string);
    const levels = await table(
      `select level, count(*)::int as n from feature_rows where company_id = $1 group by level order by level`,
    );
    expect(levels.length).toBeGreaterThan(5);
    type ManifestLevel = { name: string; rows: number; origin: string; files: string[] };
    const storedLevels = (manifest.levels as ManifestLevel[]).filter((l) => l.origin === 'stored');
    expect(storedLevels.map((l) => [l.name, l.rows])).toEqual(levels.map((l) => [l.level, l.n]));
    for (const { level, n } of levels) {
      expect(JSON.parse(files[`levels/${level}.json`] as string), level).toHaveLength(n);
      const csv = (files[`levels/${level}.csv`] as string)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(csv, level).toHaveLength(n + 1);
      expect(csv[0]?.startsWith('entity,period,period_start,period_end,'), level).toBe(true);
    }
    // Text is quoted as needed; no field starts like a formula.
    expect(files['levels/product.csv']).toContain('"Marraqueta, ""la de siempre"""');
    const levelCsv = Object.entries(files).filter(([n]) => n.startsWith('levels/') && n.endsWith('.csv'));
    expect(levelCsv.filter(([, text]) => /(^|,)"?[=@+]/m.test(text)).map(([n]) => n)).toEqual([]);
    const stored = (
      await table(`select level, entity, period, values from feature_rows where company_id = $1`)
    ).filter((r) => r.level === 'month');
    const months = JSON.parse(files['levels/month.json'] as string) as Array<Record<string, unknown>>;
    for (const row of stored) {
      expect(months.find((m) => m.period === row.period)).toMatchObject({
        ...row.values,
        entity: row.entity,
      });
    }
    // The levels the platform does not store (a row per line or so) are computed into the archive.
    expect(manifest.levels_not_stored).toEqual([]);
    const computed = (manifest.levels as ManifestLevel[]).filter((l) => l.origin === 'computed');
    expect(computed.map((l) => [l.name, l.rows])).toEqual([
      ['product_day', 1],
      ['customer_day', 0],
      ['customer_month', 0],
    ]);
    for (const { name, files: names } of computed) {
      expect(names).toEqual([`levels/${name}.csv`, `levels/${name}.json`]);
      for (const file of names) expect(Object.keys(files), file).toContain(file);
    }
    expect(JSON.parse(files['levels/product_day.json'] as string)).toEqual([
      expect.objectContaining({
        product_id: 'PAN-1',
        period: '2026-03-10',
        lines: 3,
        revenue: 2987.5 + 4780 - 2390,
      }),
    ]);
    // Every other engine level with rows is in the archive (the company has sales in one month).
    for (const level of [
      'day',
      'week',
      'month',
      'quarter',
      'year',
      'product',
      'product_month',
      'category_month',
    ])
      expect(manifest.levels.map((l: { name: string }) => l.name)).toContain(level);
    const sections = await table(
      `select section, payload from company_insights where company_id = $1 order by section`,
    );
    expect(sections.length).toBeGreaterThan(0);
    expect(manifest.insights.map((i: { section: string }) => i.section)).toEqual(
      sections.map((r) => r.section),
    );
    for (const { section, payload } of sections) {
      expect(JSON.parse(files[`insights/${section}.json`] as string).payload, section).toEqual(payload);
    }
  });

  it('writes CSV files with a header, quoting and formula-safe text', () => {
    const csv = files['sale_lines.csv'] as string;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,document_id,line_no,sold_at,location_name,sku,product_name,category,customer_id,unit,quantity,unit_price,total,is_return',
    );
    expect(lines).toHaveLength(4);
    expect(csv).toContain('"Marraqueta, ""la de siempre"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('Casa Matriz Ñuñoa');
    expect(json('sale_lines')[1]?.product_name).toBe('=HYPERLINK("http://evil")');
  });

  it('contains no secrets and nothing of another company', () => {
    const data = Object.entries(files)
      .filter(([name]) => name !== 'manifest.json')
      .map(([, text]) => text)
      .join('\n');
    expect(data).not.toMatch(/password|token_hash|totp|\$argon2/i);
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain('SECRETO-B');
    expect(everything).not.toContain(b.company.id);
    expect(everything).not.toContain(b.company.rut);
  });

  it('is audited', async () => {
    const rows = await table(
      `select user_id, action from audit_log where company_id = $1 and action = 'export.downloaded'`,
    );
    expect(rows).toEqual([{ user_id: a.user.id, action: 'export.downloaded' }]);
  });

  it('is only for owners and admins (it holds e-mails and the audit log)', async () => {
    for (const role of ['finance', 'operations', 'marketing', 'viewer'] as const) {
      const token = await tokenOf(t.app, await addMember(t.db, a.company.id, role));
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${a.company.id}/export`,
        headers: bearer(token),
      });
      expect(res.statusCode, role).toBe(403);
    }
    const admin = await tokenOf(t.app, await addMember(t.db, a.company.id, 'admin'));
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.company.id}/export`,
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(200);
  });
});
