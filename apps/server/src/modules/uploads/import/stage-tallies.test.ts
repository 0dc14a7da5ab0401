import type { CanonicalLine } from '@ayni/engine';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwner, freshDatabase } from '../../../../test/helpers';
import { flagFileWarnings } from './file-warnings';
import { diffAgainstCompany } from './merge';
import { MAX_PRICE_ENTRIES, type ProductMedian, ProductPriceMedians } from './product-price-medians';
import { MAX_REPEATED_PAIRS, RepeatedPairs } from './repeated-pairs';
import { createStage, StageWriter } from './staging';

/**
 * What the stage writer tallies for the file-wide warnings (each product's median price, the
 * repeated document/product pairs, the engine-warned lines) replaces passes over the stage:
 * the medians are checked against percentile_cont over the very lines staged, and the
 * warnings of both ways compared line for line.
 */
describe('file-warning tallies of the stage writer', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let companyId: string;
  beforeAll(async () => {
    db = await freshDatabase();
    companyId = (await createOwner(db.handle, 'Medianas')).company.id;
  });
  afterAll(() => db.close());

  /** A sale line of its own document, 1000 × 1 of product P unless `values` say otherwise. */
  function line(sourceLine: number, values: Partial<CanonicalLine>): CanonicalLine {
    return {
      sourceLine,
      soldAt: Date.UTC(2025, 9, 1, 12) + sourceLine * 60_000,
      transId: `B${sourceLine}`,
      productId: 'P',
      quantity: 1,
      priceTotal: 1000,
      priceUnit: 1000,
      isReturn: false,
      transType: null,
      documentType: null,
      customerId: null,
      description: null,
      category: null,
      unitType: null,
      stock: null,
      location: null,
      costUnit: null,
      costTotal: null,
      discountTotal: null,
      margin: null,
      commission: null,
      seller: null,
      paymentMethod: null,
      extra: {},
      ...values,
    };
  }

  /** Stages `lines` in a transaction, runs `inside` on it, rolls back. */
  async function staged<T>(
    lines: CanonicalLine[],
    inside: (client: pg.PoolClient, stage: StageWriter) => Promise<T>,
  ): Promise<T> {
    const client = await db.owner.pool.connect();
    try {
      await client.query('begin');
      await createStage(client);
      const stage = new StageWriter(client, null);
      // Some lines carry a warning of the engine, as if flagged while normalizing.
      for (const l of lines) if (stage.write(l, l.sourceLine % 4 === 0)) await stage.flush();
      await stage.finish();
      return await inside(client, stage);
    } finally {
      await client.query('rollback');
      client.release();
    }
  }

  /** PostgreSQL's own medians of the staged lines, as the warning's SQL fallback takes them. */
  async function sqlMedians(client: pg.PoolClient): Promise<ProductMedian[]> {
    const res = await client.query<{ product_id: string; median: string }>(
      `select min(product_id) as product_id,
         (percentile_cont(0.5) within group (order by price_unit))::text as median
       from upload_stage where not is_return and quantity <> 0 and price_unit > 0
       group by product_id collate "C" having count(*) >= 5`,
    );
    return res.rows.map((r) => ({ productId: r.product_id, median: Number(r.median) }));
  }

  const bytewise = (a: ProductMedian, b: ProductMedian) =>
    Buffer.compare(Buffer.from(a.productId), Buffer.from(b.productId));
  const sorted = (medians: ProductMedian[]) => [...medians].sort(bytewise);

  async function expectSameMedians(lines: CanonicalLine[]): Promise<ProductMedian[]> {
    return staged(lines, async (client, stage) => {
      const expected = sorted(await sqlMedians(client));
      expect(stage.priceMedians.available).toBe(true);
      expect(sorted(stage.priceMedians.medians())).toEqual(expected);
      return expected;
    });
  }

  it('equals percentile_cont on even and odd counts, returns, zero quantities, rounded prices and near-identical products', async () => {
    let n = 1;
    const product = (productId: string, prices: number[], extra: Partial<CanonicalLine> = {}) =>
      prices.map((priceUnit) => line(n++, { productId, priceUnit, ...extra }));
    const lines = [
      ...product('odd', [100, 300, 200, 900, 100]),
      ...product('even', [100, 0.01, 0.03, 7, 99999.99, 3.33]),
      // Middle pairs where (lo + hi) / 2 and percentile_cont's lo + 0.5 × (hi − lo) differ in the last bit.
      ...product('interpolated', [1, 2, 9.2, 924.57, 1000, 2000]),
      ...product('interpolated big', [593586.4, 5994924.38, 1, 1e7]),
      ...product('halves', [0.005, 0.015, 1.005, 2.675, 0.125, 10.004]), // stored 0.01 0.02 1.01 2.68 0.13 10.00
      ...product('tiny', [0.004, 0.004, 1, 2, 3, 4]), // 0.004 is stored 0.00: not > 0
      ...product('returns', [1, 2, 3, 4]),
      ...product('returns', [500, 500, 500], { isReturn: true, quantity: -1 }),
      ...product('zero qty', [5, 6, 7, 8, 9]),
      ...product('zero qty', [1000], { quantity: 0.0004 }), // stored 0.000
      ...product('negative', [-5, 1, 2, 3, 4, 5]),
      ...product('four', [1, 2, 3, 4]),
      ...product('Café', [10, 20, 30, 40, 50]),
      ...product('cafe', [11, 21, 31, 41, 51, 61]),
      ...product('CAFE', [12, 22, 32, 42, 52, 62, 72]),
      ...product('Cafe\u0301', [13, 23, 33, 43, 53]), // e + combining accent: other bytes than 'é'
      ...product('nul\u0000', [1, 2]),
      ...product('nul\uFFFD', [3, 4, 5]), // stored as one product with the NUL spelling
      ...product('big', [12345678901.23, 12345678901.24, 0.1 + 0.2, 1e-3, 99999999999.995, 5]),
    ];
    const medians = await expectSameMedians(lines);
    expect(medians.map((m) => m.productId)).toEqual(
      expect.arrayContaining(['Café', 'cafe', 'CAFE', 'Cafe\u0301', 'nul\uFFFD', 'even', 'halves']),
    );
    expect(medians.map((m) => m.productId)).not.toContain('returns');
  });

  it('equals percentile_cont on random files', async () => {
    const products = fc.constantFrom('A', 'a', 'á', 'Á', 'a ', 'ñ', 'n\u0303', 'P-1');
    const prices = fc.oneof(
      fc.integer({ min: 1, max: 20 }).map((n) => n * 500),
      fc.integer({ min: -5, max: 5_000_000 }).map((n) => n / 1000),
      fc.double({ min: -1, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    );
    const quantities = fc.constantFrom(1, 2, 0, 0.0004, 0.0005, -1, 1.5);
    const lineValues = fc.record({
      productId: products,
      priceUnit: prices,
      quantity: quantities,
      isReturn: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(lineValues, { minLength: 1, maxLength: 150 }), async (values) => {
        await expectSameMedians(values.map((v, i) => line(i + 1, v)));
      }),
      { numRuns: 40 },
    );
  });

  type Way = 'stage alone' | 'tallies' | 'tallies, medians given up' | 'tallies, pairs given up';
  const WAYS: Way[] = ['stage alone', 'tallies', 'tallies, medians given up', 'tallies, pairs given up'];

  /** The file-wide warnings of `lines` and the warned-line count, computed one way. */
  async function fileWarnings(lines: CanonicalLine[], way: Way) {
    return staged(lines, async (client, stage) => {
      if (!stage.keys.trusted) {
        await diffAgainstCompany(client, companyId, { companyHasLines: false, keysInStage: false });
      }
      // As when a file has too many distinct prices or repeated pairs to keep.
      if (way === 'tallies, medians given up') stage.priceMedians.available = false;
      if (way === 'tallies, pairs given up') stage.repeatedPairs.available = false;
      const warned = await flagFileWarnings(client, {
        companyId,
        uploadId: companyId,
        keysInStage: stage.keys.trusted,
        tallies: way === 'stage alone' ? undefined : stage,
      });
      const rows = await client.query('select * from upload_file_warnings order by source_line, code');
      return { warned, rows: rows.rows };
    });
  }

  /** A file with one duplicate and price outliers around several medians. */
  function warningFixture(split: boolean): CanonicalLine[] {
    let n = 1;
    const lines: CanonicalLine[] = [];
    const ticket = (productId: string, prices: number[], extra: Partial<CanonicalLine> = {}) => {
      for (const priceUnit of prices) lines.push(line(n++, { productId, priceUnit, ...extra }));
    };
    ticket('steady', [1000]);
    lines.push({ ...(lines[0] as CanonicalLine), sourceLine: n++ }); // identical to the line before
    ticket('steady', [1000, 1000, 1000, 1000, 1000]); // no outlier: not sent
    // Median 1000: 3000.01 and 333.33 are outliers, 3000 and 333.34 are not.
    ticket('P', [1000, 1000, 1000, 1000, 1000, 3000, 3000.01, 333.33, 333.34]);
    ticket('P', [9000], { isReturn: true, quantity: -1 }); // a return is never an outlier
    ticket('P', [99999], { quantity: 0 }); // no median weight, still flagged
    ticket('p', [1, 1, 1, 1, 1, 50]);
    ticket('short', [1, 1, 1, 1000]); // 4 lines: no median
    // Back to the first document (its keys then come from SQL), with a second identical line.
    if (split) lines.push({ ...(lines[0] as CanonicalLine), sourceLine: n++ });
    return lines;
  }

  it.each([
    ['contiguous documents', false],
    ['a document split across the file', true],
  ])('flags the same lines as the warnings computed from the stage alone (%s)', async (_name, split) => {
    const lines = warningFixture(split);
    const fromSql = await fileWarnings(lines, 'stage alone');
    for (const way of WAYS) expect(await fileWarnings(lines, way), way).toEqual(fromSql);
    // Lines 4, 8, … carry the engine's warning, some of them a file warning as well.
    const engineWarned = lines.filter((l) => l.sourceLine % 4 === 0).length;
    const fileWarned = fromSql.rows.filter((r) => r.source_line % 4 !== 0).length;
    expect(fromSql.warned.warnedLines).toBe(engineWarned + fileWarned);
    expect(fromSql.rows.filter((r) => r.code === 'PRICE_OUTLIER').length).toBe(4);
    expect(fromSql.rows.filter((r) => r.code === 'DUPLICATE_LINE').length).toBe(split ? 2 : 1);
    // Lines per code, as the upload keeps them.
    expect(fromSql.warned.counts).toEqual({ PRICE_OUTLIER: 4, DUPLICATE_LINE: split ? 2 : 1 });
  });

  it('agrees on files with only duplicates, only outliers or neither', async () => {
    const lines = warningFixture(false);
    const onlyDuplicates = lines.filter((l) => l.productId === 'steady');
    const onlyOutliers = lines.filter((l) => l.productId !== 'steady');
    const neither = onlyDuplicates.filter((l) => l.sourceLine !== 2);
    for (const [subset, duplicates, outliers] of [
      [onlyDuplicates, 1, 0],
      [onlyOutliers, 0, 4],
      [neither, 0, 0],
    ] as const) {
      const fromSql = await fileWarnings(subset, 'stage alone');
      expect(fromSql.rows.filter((r) => r.code === 'DUPLICATE_LINE').length).toBe(duplicates);
      expect(fromSql.rows.filter((r) => r.code === 'PRICE_OUTLIER').length).toBe(outliers);
      for (const way of WAYS) expect(await fileWarnings(subset, way), way).toEqual(fromSql);
    }
    // No product with a price far from its median: nothing to send, no outlier join.
    expect(
      await staged(neither, async (_c, stage) => stage.priceMedians.medians({ outliersOnly: true })),
    ).toEqual([]);
  });

  it('gives up, leaving the work to PostgreSQL, when a file has too many distinct prices or repeated pairs', () => {
    const tally = new ProductPriceMedians();
    for (let i = 0; i <= MAX_PRICE_ENTRIES; i++) tally.add(line(i + 1, { priceUnit: i + 1 }));
    expect(tally.available).toBe(false);
    expect(() => tally.medians()).toThrow();
    const pairs = new RepeatedPairs();
    for (let i = 0; i <= MAX_REPEATED_PAIRS; i++) pairs.add(`B${i}`, 'P');
    expect(pairs.available).toBe(false);
    expect(pairs.documents).toEqual([]);
  });
});
