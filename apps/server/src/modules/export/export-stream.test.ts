import type { AddressInfo } from 'node:net';
import { exportTablePages, inCompany } from '@ayni/db';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, pollUntil, type TestApp } from '../../../test/helpers';
import { EXPORT_PAGE_ROWS } from './export-source';

const LINES = 200_000;
/** Integer cents of a decimal amount (float sums would drift). */
const cents = (value: unknown) => Math.round(Number(value) * 100);
const sumCents = (rows: Array<Record<string, unknown>>, field: string) =>
  rows.reduce((sum, row) => sum + cents(row[field]), 0);

/*
 * A company with 200,000 lines: the archive must stream from the database. The client reads one
 * chunk and stops; the server must then be parked inside its snapshot transaction (waiting for
 * the client), which it could not be if it had read every line before sending. Then the whole
 * ZIP holds exactly the company's lines, and the per-line levels add up to them.
 */
describe('company export streaming', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Muchas Lineas');
    token = await loginAs(t.app, owner.email, owner.password);
    // 10 lines per document; a quarter of the documents without a customer; some returns.
    await t.owner.pool.query(
      `insert into sale_lines (company_id, document_id, line_no, sku, sold_at, product_name, customer_id,
         quantity, unit_price, total, is_return)
       select $1::uuid, 'D' || (i / 10), i % 10 + 1, 'P' || (i % 300),
         timestamptz '2025-01-01 12:00:00-03' + (i / 10) * interval '25 minutes',
         case when i % 1000 = 0 then '=cmd|'' /C calc''!A0' else 'Producto ' || (i % 300) end,
         case when (i / 10) % 4 = 0 then null else 'C' || ((i / 10) % 1500) end,
         case when i % 50 = 0 then -1 else 1 end, (i % 97) * 10 + 0.5,
         case when i % 50 = 0 then -((i % 97) * 10 + 0.5) else (i % 97) * 10 + 0.5 end, i % 50 = 0
       from generate_series(0, ${LINES - 1}) i`,
      [owner.company.id],
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(() => t.close());

  const sql = async (text: string) => (await t.owner.pool.query(text, [owner.company.id])).rows[0];

  /** Connections parked in the export's snapshot between two page reads. */
  const parkedExports = async () =>
    Number(
      (
        await t.owner.pool.query(`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state = 'idle in transaction'
            and query ilike 'fetch forward % from company_export_%'`)
      ).rows[0]?.n ?? 0,
    );

  it('reads the lines a page at a time', async () => {
    const pages: number[] = [];
    await inCompany(t.db.db, owner.company.id, async (tx) => {
      for await (const page of exportTablePages(tx, owner.company.id, 'sale_lines', EXPORT_PAGE_ROWS))
        pages.push(page.length);
    });
    expect(Math.max(...pages)).toBe(EXPORT_PAGE_ROWS);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(LINES);
    expect(pages.length).toBe(Math.ceil(LINES / EXPORT_PAGE_ROWS));
  }, 60_000);

  /** Connections still in an export's snapshot, parked or not. */
  const openSnapshots = async () =>
    Number(
      (
        await t.owner.pool.query(`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and (state like 'idle in transaction%' or query ilike '%company_export_%')`)
      ).rows[0]?.n ?? 0,
    );

  it('ends the snapshot and gives the connection back when the client goes away', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/companies/${owner.company.id}/export`, {
      headers: bearer(token),
      signal: abort.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    const parked = await pollUntil(parkedExports, (n) => n !== 0, 50);
    expect(parked).toBe(1);
    abort.abort();
    await reader.read().catch(() => undefined);
    const open = await pollUntil(openSnapshots, (n) => n === 0, 100);
    expect(open).toBe(0);
  }, 60_000);

  it('sends the first bytes while parked in the snapshot, then a ZIP of exactly the company', async () => {
    const res = await fetch(`${base}/api/v1/companies/${owner.company.id}/export`, {
      headers: bearer(token),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    const chunks: Uint8Array[] = [first.value as Uint8Array];
    try {
      const parked = await pollUntil(parkedExports, (n) => n !== 0, 50);
      // The client has read one chunk and waits: the server waits mid-archive, between two pages.
      expect(parked).toBe(1);
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        chunks.push(next.value);
      }
    } finally {
      await reader.cancel().catch(() => {});
    }
    const bytes = chunks.reduce((n, c) => n + c.length, 0);
    expect(chunks.length).toBeGreaterThan(20);
    expect((first.value?.length ?? 0) * 20).toBeLessThan(bytes);
    expect(await pollUntil(parkedExports, (n) => n === 0)).toBe(0);

    const wanted = new Set([
      'manifest.json',
      'sale_lines.csv',
      'sale_lines.json',
      'levels/product_day.json',
      'levels/customer_day.json',
      'levels/customer_month.json',
      'levels/customer_month.csv',
    ]);
    const files = unzipSync(Buffer.concat(chunks), { filter: (file) => wanted.has(file.name) });
    const text = (name: string) => Buffer.from(files[name] as Uint8Array).toString('utf8');
    const json = (name: string) => JSON.parse(text(name)) as Array<Record<string, unknown>>;

    const all = await sql(`select count(*)::int as n, sum(round(total * 100))::bigint as cents,
        count(customer_id)::int as with_customer,
        sum(round(total * 100)) filter (where customer_id is not null)::bigint as customer_cents
      from sale_lines where company_id = $1`);
    const lines = json('sale_lines.json');
    expect(lines).toHaveLength(all.n);
    expect(all.n).toBe(LINES);
    expect(sumCents(lines, 'total')).toBe(Number(all.cents));
    expect(new Set(lines.map((l) => l.id)).size).toBe(LINES);
    const csv = text('sale_lines.csv')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(LINES + 1);
    // Formula text is neutralised in every CSV, kept as is in the JSON.
    expect(csv.filter((l) => l.includes(",'=cmd|' /C calc'!A0,"))).toHaveLength(LINES / 1000);
    expect(csv.filter((l) => l.includes(',=cmd'))).toEqual([]);
    expect(lines.filter((l) => l.product_name === "=cmd|' /C calc'!A0")).toHaveLength(LINES / 1000);

    const manifest = JSON.parse(text('manifest.json'));
    expect(manifest.tables.find((x: { name: string }) => x.name === 'sale_lines').rows).toBe(LINES);
    const rowsOf = (level: string) =>
      manifest.levels.find((l: { name: string }) => l.name === level)?.rows as number;

    // The per-line levels, computed while writing, add up to the lines (SQL).
    const productDay = json('levels/product_day.json');
    expect(productDay).toHaveLength(rowsOf('product_day'));
    expect(sumCents(productDay, 'revenue')).toBe(Number(all.cents));
    expect(productDay.reduce((n, r) => n + Number(r.lines), 0)).toBe(LINES);
    const distinct =
      await sql(`select count(distinct (sku, (sold_at at time zone 'America/Santiago')::date))::int as n
      from sale_lines where company_id = $1`);
    expect(productDay).toHaveLength(distinct.n);
    for (const level of ['customer_day', 'customer_month']) {
      const rows = json(`levels/${level}.json`);
      expect(rows, level).toHaveLength(rowsOf(level));
      expect(sumCents(rows, 'revenue'), level).toBe(Number(all.customer_cents));
      expect(
        rows.reduce((n, r) => n + Number(r.lines), 0),
        level,
      ).toBe(all.with_customer);
    }
    const months = await sql(`select count(distinct (customer_id,
        to_char(sold_at at time zone 'America/Santiago', 'YYYY-MM')))::int as n
      from sale_lines where company_id = $1 and customer_id is not null`);
    expect(rowsOf('customer_month')).toBe(months.n);
    expect(text('levels/customer_month.csv').trimEnd().split('\r\n')).toHaveLength(months.n + 1);
  }, 300_000);
});
