import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatureResult, computeFeatures, createFeatureAccumulator } from '../compute-features';
import { randomLine } from '../random-lines.testkit';
import { FEATURE_LEVELS } from '../types';
import { datedRowsFrom, LEVELS_BUILT_FROM_ROWS_FROM } from './dated-rows-from';

/**
 * After a change (lines added, removed or changed), rows of periods ending before `rows_from`
 * are exactly as they were, and the rows built from there on are exactly a full computation's
 * (the other levels come complete): so replacing the stored rows from `rows_from` on gives a
 * full recompute.
 */
const FROM = Date.UTC(2023, 10, 20);
const TO = Date.UTC(2025, 2, 10);

const lineArbitrary = randomLine(FROM, TO);

/** Lines kept (by position), removed, and added; changes cluster late, as uploads do. */
const changeArbitrary = fc.record({
  before: fc.array(lineArbitrary, { minLength: 1, maxLength: 50 }),
  removed: fc.array(fc.nat(), { maxLength: 4 }),
  added: fc.array(lineArbitrary, { maxLength: 12 }),
  lateOnly: fc.boolean(),
});

const DATED = LEVELS_BUILT_FROM_ROWS_FROM;
const COMPLETE = FEATURE_LEVELS.filter((level) => !DATED.includes(level));

type Rows = Record<string, Iterable<Record<string, unknown>>>;
const listOf = (levels: Rows, level: string) => [...(levels[level] ?? [])] as { period_end: string }[];

describe('rows after a change, from rows_from on', () => {
  it('leave earlier rows unchanged and rebuild later ones exactly', async () => {
    await fc.assert(
      fc.asyncProperty(changeArbitrary, async ({ before, removed, added, lateOnly }) => {
        const cut = lateOnly ? FROM + (TO - FROM) * 0.7 : FROM;
        const additions = added.map((line) => ({ ...line, soldAt: Math.max(line.soldAt, cut) }));
        const gone = new Set(removed.map((n) => n % before.length));
        const after = [...before.filter((_, i) => !gone.has(i)), ...additions];
        const touched = [...additions, ...before.filter((_, i) => gone.has(i))];
        fc.pre(touched.length > 0 && after.length > 0);
        const old = await computeFeatures(before);
        const full = await computeFeatures(after);
        const accumulator = createFeatureAccumulator();
        for (const line of after) accumulator.add(line);
        const change = {
          earliestTouchedAt: Math.min(...touched.map((line) => line.soldAt)),
          previousDataThrough: old.data_through,
        };
        const partial = buildFeatureResult(accumulator, { changedSince: change });
        expect(partial.data_through).toBe(full.data_through);
        const from = partial.rows_from;
        expect(from).not.toBeNull();
        for (const level of DATED) {
          const rebuilt = listOf(partial.levels, level);
          const fresh = listOf(full.levels, level);
          expect(rebuilt, level).toEqual(fresh.filter((row) => row.period_end >= (from as string)));
          const kept = (rows: { period_end: string }[]) =>
            rows.filter((row) => row.period_end < (from as string));
          expect(kept(fresh), level).toEqual(kept(listOf(old.levels, level)));
        }
        for (const level of COMPLETE)
          expect(listOf(partial.levels, level)).toEqual(listOf(full.levels, level));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('datedRowsFrom', () => {
  const at = (iso: string) => Date.parse(iso);
  const day = (text: string) => Math.round(Date.parse(`${text}T00:00:00Z`) / 86_400_000);

  it('starts at the local day of the earliest touched line', () => {
    // 02:30 UTC on Nov 3 is still Nov 2 in Santiago (UTC−3).
    const change = { earliestTouchedAt: at('2025-11-03T02:30:00Z'), previousDataThrough: '2025-11-30' };
    expect(datedRowsFrom(change, day('2025-11-30'))).toBe(day('2025-11-02'));
  });

  it('reaches back to the earlier data_through when it moved', () => {
    const change = { earliestTouchedAt: at('2025-12-05T15:00:00Z'), previousDataThrough: '2025-11-20' };
    expect(datedRowsFrom(change, day('2025-12-31'))).toBe(day('2025-11-20'));
    const shrunk = { earliestTouchedAt: at('2025-12-05T15:00:00Z'), previousDataThrough: '2025-12-31' };
    expect(datedRowsFrom(shrunk, day('2025-10-10'))).toBe(day('2025-10-10'));
  });

  it('rebuilds no dated row when no line was touched', () => {
    const change = { earliestTouchedAt: null, previousDataThrough: '2025-11-30' };
    expect(datedRowsFrom(change, day('2025-11-30'))).toBe(day('2025-12-01'));
  });

  it('rebuilds everything when nothing was built before', () => {
    expect(
      datedRowsFrom({ earliestTouchedAt: at('2025-12-05T15:00:00Z'), previousDataThrough: null }, 0),
    ).toBe(null);
  });
});
