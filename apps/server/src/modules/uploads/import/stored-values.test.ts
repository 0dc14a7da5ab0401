import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../test/helpers';
import { roundDecimalText, storedNumeric, storedText } from './stored-values';

/** The import feeds the feature engine what PostgreSQL will store: checked against PostgreSQL. */
describe('stored values as PostgreSQL stores them', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  /** What `String(value)` COPYed into numeric(20, scale) reads back as. */
  async function postgres(values: number[], scale: 2 | 3): Promise<number[]> {
    const res = await db.owner.pool.query<{ v: string }>(
      `select (t::numeric(30, ${scale}))::text as v from unnest($1::text[]) with ordinality as u(t, i) order by i`,
      [values.map(String)],
    );
    return res.rows.map((r) => Number(r.v));
  }

  const edgeValues = [
    0,
    -0,
    1,
    -1,
    0.5,
    0.005,
    -0.005,
    0.0049999,
    1.0005,
    -1.0005,
    2.675,
    1.2345,
    -1.2345,
    1e-7,
    -1e-7,
    5e-4,
    -5e-4,
    0.1 + 0.2,
    123456789.125,
    -123456789.125,
    8796093022208.125,
    1.5e-3,
    12990,
    4454.5,
    1e15 + 0.5,
    0.045,
    0.0005,
    99999999999.9995,
  ];

  it('rounds like numeric input, half away from zero, for edge values', async () => {
    for (const scale of [2, 3] as const) {
      const expected = await postgres(edgeValues, scale);
      expect(edgeValues.map((v) => storedNumeric(v, scale))).toEqual(expected.map((v) => (v === 0 ? 0 : v)));
    }
  });

  it('rounds like numeric input for any double of an import', async () => {
    const amounts = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 2000), // exact halves at the scale
      fc
        .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 997 }))
        .map(([a, b]) => a / b),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(amounts, { minLength: 1, maxLength: 200 }), async (values) => {
        for (const scale of [2, 3] as const) {
          const expected = await postgres(values, scale);
          expect(values.map((v) => storedNumeric(v, scale))).toEqual(expected.map((v) => (v === 0 ? 0 : v)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('writes non-finite numbers as NULL and reads exponent text', () => {
    expect(storedNumeric(Number.NaN, 2)).toBeNull();
    expect(storedNumeric(Number.POSITIVE_INFINITY, 3)).toBeNull();
    expect(roundDecimalText('1.5e-3', 2)).toBe(0);
    expect(roundDecimalText('-2.5e-3', 2)).toBe(0);
    expect(roundDecimalText('-5e-3', 2)).toBe(-0.01);
    expect(roundDecimalText('1.2345e3', 0)).toBe(1235);
  });

  it('turns NUL and lone surrogates into U+FFFD as a round trip through PostgreSQL text does', async () => {
    const texts = ['Café', 'a\0b', 'x\uD800y', '😀 ok', ''];
    const res = await db.owner.pool.query<{ v: string }>(
      `select t as v from unnest($1::text[]) with ordinality as u(t, i) order by i`,
      [texts.map((t) => t.replaceAll('\0', '\uFFFD'))],
    );
    expect(texts.map(storedText)).toEqual(res.rows.map((r) => r.v));
    expect(storedText(null)).toBeNull();
  });
});
