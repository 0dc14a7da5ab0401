import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentIdSet, plainNumber } from './document-id-set';

describe('plainNumber', () => {
  it('reads plain decimal numbers only', () => {
    expect(plainNumber('0')).toBe(0);
    expect(plainNumber('1000234')).toBe(1_000_234);
    expect(plainNumber('999999999999999')).toBe(999_999_999_999_999);
    for (const text of ['', '007', '00', '-5', '+5', '1e5', '12-A', '1.5', ' 12', '1000000000000000'])
      expect(plainNumber(text), text).toBe(-1);
  });
});

/** Ids as exports write them: runs of folios, scattered numbers, zero-padded and other text. */
const idArbitrary = fc.oneof(
  fc.integer({ min: 1_000_000, max: 1_002_000 }).map(String),
  fc.integer({ min: 0, max: 2 ** 40 }).map(String),
  fc.integer({ min: 0, max: 300 }).map(String),
  fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(6, '0')),
  fc.string({ minLength: 0, maxLength: 6 }),
  fc.integer({ min: 1, max: 500 }).map((n) => `B-${n}`),
);

describe('DocumentIdSet', () => {
  it('holds exactly the ids added, whatever their order and range', () => {
    fc.assert(
      fc.property(
        fc.array(idArbitrary, { maxLength: 400 }),
        fc.array(idArbitrary, { maxLength: 200 }),
        (added, probes) => {
          const set = new DocumentIdSet();
          const reference = new Set<string>();
          for (const id of added) {
            set.add(id);
            reference.add(id);
            expect(set.has(id)).toBe(true);
          }
          // A 64-bit hash collision among a few hundred texts does not happen in practice.
          for (const id of [...added, ...probes]) expect(set.has(id), id).toBe(reference.has(id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every number while its bitmap grows down and up, and hashes those out of reach', () => {
    const set = new DocumentIdSet();
    const numbers = [5_000_000, 4_999_999, 5_040_000, 3_000_000, 9_000_000, 0, 70_000_000];
    for (const n of numbers) set.add(String(n));
    // Past 2^27 from the rest: hashed, and found all the same.
    const far = 2 ** 27 + 10;
    set.add(String(far));
    for (const n of [...numbers, far]) expect(set.has(String(n)), String(n)).toBe(true);
    for (const n of [1, 4_999_998, 5_000_001, 70_000_001, far - 1, far + 1, 2 ** 40])
      expect(set.has(String(n)), String(n)).toBe(false);
    // "0005000000" is another document than 5000000.
    expect(set.has('0005000000')).toBe(false);
  });

  it('takes a bit per number of a run of folios', () => {
    const set = new DocumentIdSet();
    for (let folio = 1_000_001; folio <= 1_500_000; folio++) set.add(String(folio));
    expect(set.has('1500000')).toBe(true);
    expect(set.has('1500001')).toBe(false);
    expect(set.has('1000000')).toBe(false);
    expect(set.memoryBytes).toBeLessThan(128 * 1024);
  });
});
