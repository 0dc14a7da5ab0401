import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, pollUntil, type TestApp } from '../../../test/helpers';

const CUSTOMERS = 200_000;

/**
 * A GET on a connection of its own, closed with the response (`agent: false`). fetch's pool
 * could open a spare connection when a download was aborted and never send a request on it;
 * the server counts such a connection as a request still to come until its 60 s headers
 * timeout, so `app.close()` waited that long.
 */
async function download(url: string, headers: Record<string, string>, signal?: AbortSignal) {
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    get(url, { headers, agent: false, signal }, resolve).on('error', reject);
  });
  return { res, chunks: res[Symbol.asyncIterator]() as AsyncIterator<Buffer> };
}

/*
 * A company with 200,000 customers: the export must stream. The client reads one chunk and
 * stops; the server must then be holding its PostgreSQL cursor open (waiting for the client),
 * which it could not be if it built the file before sending it. Then the client reads the rest.
 */
describe('level export streaming', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Muchos Clientes');
    token = await loginAs(t.app, owner.email, owner.password);
    await t.owner.db.execute(sql`
      insert into feature_rows (company_id, level, entity, period, values)
      select ${owner.company.id}::uuid, 'customer', 'C' || lpad(i::text, 7, '0'), '',
        jsonb_build_object('revenue', i * 10, 'transactions', i % 7 + 1, 'units', i % 13,
          'avg_ticket', 990, 'gross_margin', null, 'first_purchase', '2025-01-02',
          'last_purchase', '2025-06-30', 'days_since_last_purchase', i % 90, 'churned', i % 2 = 0)
      from generate_series(1, ${CUSTOMERS}) i`);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(() => t.close());

  const openCursors = async () => {
    const result = await t.owner.db.execute<{ n: number }>(sql`
      select count(*)::int as n from pg_stat_activity
      where query ilike 'fetch forward%' and state = 'idle in transaction'`);
    return result.rows[0]?.n ?? 0;
  };

  it('sends the first bytes while the cursor is still open, then every row', async () => {
    const { res, chunks: reader } = await download(
      `${base}/api/v1/companies/${owner.company.id}/exports/customer?sort=customer_id`,
      bearer(token),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBeUndefined();
    const first = await reader.next();
    expect(first.done).toBe(false);
    // The client has read one chunk and waits: the server is parked mid-cursor, not done.
    const parked = await pollUntil(openCursors, (n) => n !== 0, 50);
    expect(parked).toBe(1);
    let bytes = first.value?.length ?? 0;
    let chunks = 1;
    let tail = '';
    const decoder = new TextDecoder();
    for (;;) {
      const next = await reader.next();
      if (next.done) break;
      chunks++;
      bytes += next.value.length;
      tail = (tail + decoder.decode(next.value, { stream: true })).slice(-200);
    }
    expect(chunks).toBeGreaterThan(20);
    expect((first.value?.length ?? 0) * 20).toBeLessThan(bytes);
    expect(tail.trimEnd().split('\r\n').pop()).toMatch(
      new RegExp(`^C${String(CUSTOMERS).padStart(7, '0')},`),
    );
    expect(await openCursors()).toBe(0);
  }, 180_000);

  it('stops reading and closes the cursor when the client goes away', async () => {
    const abort = new AbortController();
    const { chunks } = await download(
      `${base}/api/v1/companies/${owner.company.id}/exports/customer`,
      bearer(token),
      abort.signal,
    );
    expect((await chunks.next()).done).toBe(false);
    abort.abort();
    await chunks.next().catch(() => undefined);
    const open = await pollUntil(openCursors, (n) => n === 0, 100);
    expect(open).toBe(0);
  }, 60_000);

  it('streams the XLSX too: parked mid-cursor after the first chunk, a whole zip at the end', async () => {
    const { res, chunks: reader } = await download(
      `${base}/api/v1/companies/${owner.company.id}/exports/customer?format=xlsx`,
      bearer(token),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBeUndefined();
    const first = await reader.next();
    expect([...(first.value ?? new Uint8Array()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const parked = await pollUntil(openCursors, (n) => n !== 0, 50);
    expect(parked).toBe(1);
    let chunks = 1;
    let last = first.value as Uint8Array;
    for (;;) {
      const next = await reader.next();
      if (next.done) break;
      chunks++;
      last = next.value;
    }
    expect(chunks).toBeGreaterThan(20);
    // The zip's end-of-central-directory record closes the file.
    expect(Buffer.from(last).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
  }, 240_000);
});
