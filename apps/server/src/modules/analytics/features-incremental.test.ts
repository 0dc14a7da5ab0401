import {
  buildFeatureResult,
  createFeatureAccumulator,
  type FeatureLevel,
  LEVELS_BUILT_FROM_ROWS_FROM,
} from '@ayni/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { streamCompanyLines } from './company-lines';
import { STORED_LEVELS, storedFeatureRows } from './feature-writer';

/**
 * After any sequence of appends, replaces and upload deletions, the stored features equal a
 * from-scratch computation over the company's lines as they are, although each change only
 * rewrites the dated rows from the first day it can alter (`rows_from`).
 */

const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente;Sucursal;Categoria';

const lineArb = fc.record({
  // Oct 1, 2024 … Nov 24, 2025: growth against last year, ISO weeks across a new year.
  day: fc.oneof(fc.integer({ min: 1, max: 420 }), fc.integer({ min: 380, max: 420 })),
  hour: fc.integer({ min: 0, max: 23 }),
  doc: fc.integer({ min: 1, max: 12 }),
  sku: fc.integer({ min: 1, max: 5 }),
  quantity: fc.integer({ min: 1, max: 4 }),
  price: fc.integer({ min: 1, max: 90 }).map((n) => n * 110),
  isReturn: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  customer: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  branch: fc.constantFrom('Centro', 'Norte', ''),
  category: fc.constantFrom('Bebidas', 'Snacks'),
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
    const date = new Date(Date.UTC(2024, 8, 30 + l.day));
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const sign = l.isReturn ? -1 : 1;
    const customer = l.customer === null ? '' : `${10_000_000 + l.customer}-K`;
    return `${dd}/${mm}/${date.getUTCFullYear()} ${String(l.hour).padStart(2, '0')}:15;${l.isReturn ? 'NC' : 'B'}${l.doc};P${l.sku};${sign * l.quantity};${sign * l.quantity * l.price};${customer};${l.branch};${l.category}`;
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

  const sale = (day: number, doc: number): GeneratedLine => ({
    day,
    hour: 12,
    doc,
    sku: (doc % 5) + 1,
    quantity: 2,
    price: 990,
    isReturn: false,
    customer: (doc % 4) + 1,
    branch: doc % 2 === 0 ? 'Centro' : 'Norte',
    category: 'Bebidas',
  });

  async function ownerUploading(name: string) {
    const owner = await createOwner(t.db, name);
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = async (lines: GeneratedLine[]) => {
      const file = { name: 'ventas.csv', content: csv(lines) };
      const view = await uploadAndWait(t.app, token, owner.company.id, file);
      expect(view.status, JSON.stringify(view.error)).toBe('completed');
    };
    return { owner, upload };
  }

  it('rewrite only the rows from the first day an append can change', async () => {
    const { owner, upload } = await ownerUploading('Solo lo nuevo');
    // Jul 27 … Aug 25, 2025, then Nov 4 … 9: the old data_through (Aug 25) comes first.
    await upload(Array.from({ length: 30 }, (_, i) => sale(300 + i, i + 1)));
    const before = await versions(owner.company.id);
    await upload(Array.from({ length: 6 }, (_, i) => sale(400 + i, 100 + i)));
    const after = await versions(owner.company.id);

    const untouched = ([key, row]: [string, { end: string | null }]) =>
      PARTIAL.has(key.split('|')[0] as string) && row.end !== null && row.end < '2025-08-25';
    const kept = [...before].filter((entry) => untouched(entry) && after.has(entry[0]));
    expect(kept.length).toBeGreaterThan(50);
    for (const [key, row] of kept) expect(after.get(key)?.xmin, key).toBe(row.xmin);
    const rewritten = [...after].filter((entry) => !untouched(entry));
    expect(rewritten.some(([, row]) => row.end === null)).toBe(true);
    expect(rewritten.some(([key]) => key.startsWith('location_day|'))).toBe(true);
    for (const [key, row] of rewritten) expect(before.get(key)?.xmin, key).not.toBe(row.xmin);
    expect(after.size).toBe(kept.length + rewritten.length);
    expect(await stored(owner.company.id)).toEqual(await fromScratch(owner.company.id));
  });

  it('stay as they are after an identical re-upload', async () => {
    const { owner, upload } = await ownerUploading('Mismo archivo');
    const lines = Array.from({ length: 25 }, (_, i) => sale(300 + i * 3, i + 1));
    await upload(lines);
    const state = () =>
      t.owner.pool.query('select computed_at, lines from feature_state where company_id = $1', [
        owner.company.id,
      ]);
    const [before, stateBefore] = [await versions(owner.company.id), (await state()).rows];
    await upload(lines);
    expect(await versions(owner.company.id)).toEqual(before);
    expect((await state()).rows).toEqual(stateBefore);
    expect(await stored(owner.company.id)).toEqual(await fromScratch(owner.company.id));
  });

  it('rebuild every row stored by another version of the engine', async () => {
    const { owner, upload } = await ownerUploading('Otra versión');
    await upload(Array.from({ length: 20 }, (_, i) => sale(300 + i, i + 1)));
    // Rows as an older engine might have left them: a change must not keep any of them.
    await t.owner.pool.query(
      `update feature_rows set values = '{"old": true}' where company_id = $1 and level = 'day'`,
      [owner.company.id],
    );
    await t.owner.pool.query(`update feature_state set rows_version = '0.old' where company_id = $1`, [
      owner.company.id,
    ]);
    await upload([sale(400, 100)]);
    expect(await stored(owner.company.id)).toEqual(await fromScratch(owner.company.id));
  });

  /** Each stored row's transaction id (xmin): the same only if the row was not rewritten. */
  async function versions(companyId: string) {
    const res = await t.owner.pool.query<{ key: string; end: string | null; xmin: string }>(
      `select level || '|' || entity || '|' || period as key, period_end::text as end, xmin::text
       from feature_rows where company_id = $1`,
      [companyId],
    );
    return new Map(res.rows.map((row) => [row.key, { end: row.end, xmin: row.xmin }]));
  }
});

/** Levels rebuilt from `rows_from` on; the others are rewritten whole. */
const PARTIAL = new Set<string>(LEVELS_BUILT_FROM_ROWS_FROM);

const byKey = (a: { level: string; entity: string; period: string }, b: typeof a) =>
  a.level.localeCompare(b.level) || a.entity.localeCompare(b.entity) || a.period.localeCompare(b.period);
