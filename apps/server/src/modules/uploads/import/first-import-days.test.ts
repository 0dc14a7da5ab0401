import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwner, freshDatabase } from '../../../../test/helpers';
import { FirstImportDays } from './first-import-days';

interface TallyLine {
  document: string;
  soldAt: number;
  total: number;
  isReturn: boolean;
}

/**
 * A first import's daily rollup is tallied while the lines stream, without keeping the
 * documents: each document's lines are contiguous, so its tickets are counted when it ends, once
 * per local day however many quarter hours its lines span. Checked against PostgreSQL's
 * count(distinct) over the same lines, in the company's time zone.
 */
describe('first-import day tallies', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let companyId: string;
  beforeAll(async () => {
    db = await freshDatabase();
    companyId = (await createOwner(db.handle, 'Días')).company.id;
  });
  afterAll(() => db.close());

  /** The tally's daily_sales rows and SQL's, from the same lines (rolled back). */
  async function bothWays(lines: TallyLine[], contiguous = true) {
    const client = await db.owner.pool.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('app.company_id', $1, true)", [companyId]);
      const tally = new FirstImportDays();
      for (const line of lines) tally.add(line.soldAt, line.document, line.total, 1, line.isReturn, 'un');
      const span = await tally.write(client, companyId, contiguous);
      if (span === null) return null;
      const written = await client.query(
        `select day::text, tickets, gross_sales::text, lines from daily_sales
         where company_id = $1 order by day`,
        [companyId],
      );
      const expected = await client.query(
        `select (to_timestamp(t.at / 1000.0) at time zone c.timezone)::date::text as day,
           (count(distinct t.document) filter (where not t.is_return))::int as tickets,
           coalesce(sum(t.total) filter (where not t.is_return), 0)::numeric(18, 2)::text as gross_sales,
           count(*)::int as lines
         from unnest($2::text[], $3::float8[], $4::numeric[], $5::boolean[]) as t(document, at, total, is_return),
           companies c
         where c.id = $1 group by 1 order by 1`,
        [
          companyId,
          lines.map((l) => l.document),
          lines.map((l) => l.soldAt),
          lines.map((l) => l.total),
          lines.map((l) => l.isReturn),
        ],
      );
      return { written: written.rows, expected: expected.rows };
    } finally {
      await client.query('rollback');
      client.release();
    }
  }

  const minutes = (n: number) => n * 60_000;
  // 2025-03-01 22:00 in Santiago (UTC−3): documents run past quarter hours and midnight.
  const evening = Date.UTC(2025, 2, 2, 1, 0);

  it('counts a document once per day across quarter hours, and in each day it sold', async () => {
    const lines: TallyLine[] = [
      { document: 'B-1', soldAt: evening, total: 1000, isReturn: false },
      { document: 'B-1', soldAt: evening + minutes(20), total: 500, isReturn: false },
      { document: 'B-1', soldAt: evening + minutes(40), total: 700, isReturn: false },
      // B-2 sells before and after midnight: a ticket of each day.
      { document: 'B-2', soldAt: evening + minutes(110), total: 300, isReturn: false },
      { document: 'B-2', soldAt: evening + minutes(130), total: 300, isReturn: false },
      // A credit note is no ticket.
      { document: 'NC-1', soldAt: evening + minutes(135), total: -300, isReturn: true },
    ];
    const result = await bothWays(lines);
    expect(result?.written).toEqual(result?.expected);
    expect(result?.written.map((r) => [r.day, r.tickets])).toEqual([
      ['2025-03-01', 2],
      ['2025-03-02', 1],
    ]);
  });

  it('equals count(distinct) for random contiguous documents', async () => {
    const document = fc.record({
      lines: fc.array(
        fc.record({
          offset: fc.integer({ min: 0, max: 36 * 60 }),
          total: fc.integer({ min: -5000, max: 20_000 }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(document, { minLength: 1, maxLength: 40 }), async (documents) => {
        const lines = documents.flatMap((d, i) =>
          d.lines.map((l) => ({
            document: `D-${i}`,
            soldAt: evening + minutes(l.offset),
            total: l.total,
            isReturn: l.total < 0,
          })),
        );
        const result = await bothWays(lines);
        expect(result?.written).toEqual(result?.expected);
      }),
      { numRuns: 60 },
    );
  });

  it('gives way to SQL when the documents were not contiguous', async () => {
    const lines = [
      { document: 'B-1', soldAt: evening, total: 100, isReturn: false },
      { document: 'B-2', soldAt: evening, total: 100, isReturn: false },
      { document: 'B-1', soldAt: evening, total: 100, isReturn: false },
    ];
    expect(await bothWays(lines, false)).toBeNull();
  });
});
