import { buildFeatureResult, createFeatureAccumulator, type FeatureLevel } from '@ayni/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { streamCompanyLines } from './company-lines';
import { STORED_LEVELS, storedFeatureRows } from './feature-writer';

/**
 * After any sequence of appends, replaces and upload deletions, the stored features equal a
 * from-scratch computation over the company's lines as they are.
 */

const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente';

const lineArb = fc.record({
  day: fc.integer({ min: 1, max: 40 }), // Oct 1 … Nov 9, 2025
  hour: fc.integer({ min: 0, max: 23 }),
  doc: fc.integer({ min: 1, max: 12 }),
  sku: fc.integer({ min: 1, max: 5 }),
  quantity: fc.integer({ min: 1, max: 4 }),
  price: fc.integer({ min: 1, max: 90 }).map((n) => n * 110),
  isReturn: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  customer: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});
type GeneratedLine = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

const opArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 15 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 15 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);

function csv(lines: GeneratedLine[]): string {
  const rows = lines.map((l) => {
    const date = new Date(Date.UTC(2025, 9, l.day));
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const sign = l.isReturn ? -1 : 1;
    const customer = l.customer === null ? '' : `${10_000_000 + l.customer}-K`;
    return `${dd}/${mm}/2025 ${String(l.hour).padStart(2, '0')}:15;${l.isReturn ? 'NC' : 'B'}${l.doc};P${l.sku};${sign * l.quantity};${sign * l.quantity * l.price};${customer}`;
  });
  return `${[HEADER, ...rows].join('\n')}\n`;
}

describe('stored features after appends, replaces and deletions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function fromScratch(companyId: string) {
    const client = await t.owner.pool.connect();
    try {
      const accumulator = createFeatureAccumulator({ levels: Object.keys(STORED_LEVELS) as FeatureLevel[] });
      for await (const line of streamCompanyLines(client, companyId)) accumulator.add(line);
      return [...storedFeatureRows(buildFeatureResult(accumulator).levels)].sort(byKey);
    } finally {
      client.release();
    }
  }

  async function stored(companyId: string) {
    const res = await t.owner.pool.query(
      `select level, entity, period, period_start::text, period_end::text, values
       from feature_rows where company_id = $1`,
      [companyId],
    );
    return res.rows.sort(byKey);
  }

  it('equal a from-scratch computation', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 2, maxLength: 5 }), async (ops) => {
        run++;
        const owner = await createOwner(t.db, `Propiedad ${run}`);
        const token = await loginAs(t.app, owner.email, owner.password);
        const uploads: string[] = [];
        for (const op of ops) {
          if (op.kind === 'delete') {
            if (uploads.length === 0) continue;
            const [id] = uploads.splice(op.pick % uploads.length, 1);
            const res = await t.app.inject({
              method: 'DELETE',
              url: `/api/v1/uploads/${id}`,
              headers: bearer(token),
            });
            expect(res.statusCode).toBe(200);
          } else {
            const view = await uploadAndWait(
              t.app,
              token,
              owner.company.id,
              { name: `${op.kind}.csv`, content: csv(op.lines) },
              { mode: op.kind },
            );
            expect(view.status, JSON.stringify(view.error)).toBe('completed');
            uploads.push(view.id);
          }
          const expected = await fromScratch(owner.company.id);
          if (op.kind !== 'delete') expect(expected.length).toBeGreaterThan(0);
          expect(await stored(owner.company.id)).toEqual(expected);
        }
      }),
      { numRuns: 6 },
    );
  }, 180_000);
});

const byKey = (a: { level: string; entity: string; period: string }, b: typeof a) =>
  a.level.localeCompare(b.level) || a.entity.localeCompare(b.entity) || a.period.localeCompare(b.period);
