import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saleLine } from '../lines.testkit';
import { EntryPairs } from './entry-pairs';
import { Interner } from './interner';
import { LineAmounts } from './line-amounts';
import { PairCounts } from './pair-counts';
import { groupCells, PairIndex } from './pair-index';
import { PeriodTotals } from './period-totals';
import { TextPool } from './text-pool';
import { TicketBook } from './ticket-book';
import { TotalsTable } from './totals-table';

const amountsOf = (priceTotal: number, quantity = 1) =>
  new LineAmounts().read(saleLine('2025-01-01T12:00-03:00', 'T', 'P', quantity, priceTotal));

describe('Interner', () => {
  it('numbers values in order of first appearance, null included, and sorts them like rows', () => {
    const ids = new Interner<string | null>();
    expect(['b', 'a', 'b', null, 'a', 'B', 'á'].map((value) => ids.idOf(value))).toEqual([
      0, 1, 0, 2, 1, 3, 4,
    ]);
    expect(ids.size).toBe(5);
    expect(ids.find('a')).toBe(1);
    expect(ids.find('zz')).toBe(-1);
    // Code-unit order ('B' < 'a' < 'b' < 'á'), null last.
    expect(ids.sortedIds().map((id) => ids.values[id])).toEqual(['B', 'a', 'b', 'á', null]);
  });

  it('finds equal text in another string object (lines bring strings of their own)', () => {
    const ids = new Interner<string>();
    const id = ids.idOf(['SKU', '1'].join('-'));
    ids.idOf('other');
    expect(ids.idOf(`SKU-${1}`)).toBe(id);
    expect(ids.sortedIds().map((id) => ids.values[id])).toEqual(['SKU-1', 'other']);
  });
});

describe('Interner, against a Map', () => {
  it('gives every distinct value one id, through many rehashes, odd values included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.constant(null),
            fc.integer({ min: 0, max: 3000 }).map(String),
          ),
          {
            maxLength: 2000,
          },
        ),
        (values) => {
          const ids = new Interner<string | null>();
          const oracle = new Map<string | null, number>();
          for (const value of values) {
            if (!oracle.has(value)) oracle.set(value, oracle.size);
            expect(ids.idOf(value)).toBe(oracle.get(value));
          }
          expect(ids.size).toBe(oracle.size);
          for (const [value, id] of oracle) expect(ids.find(value)).toBe(id);
          expect(ids.find('never seen before, surely')).toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('PairIndex', () => {
  it('numbers (a, b) pairs densely in any order, like a Map of "a|b" keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 60 })), {
          maxLength: 400,
        }),
        (pairs) => {
          const index = new PairIndex();
          const oracle = new Map<string, number>();
          for (const [a, b] of pairs) {
            let cell = index.find(a, b);
            if (cell < 0) cell = index.insert(a, b);
            const key = `${a}|${b}`;
            if (!oracle.has(key)) oracle.set(key, oracle.size);
            expect(cell).toBe(oracle.get(key));
            expect(index.cellOf(a, b)).toBe(cell);
          }
          expect(index.size).toBe(oracle.size);
          for (const [key, cell] of oracle) expect(`${index.a[cell]}|${index.b[cell]}`).toBe(key);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds pairs in ascending b without a hash table, then finds them all once b goes back', () => {
    const index = new PairIndex();
    for (let b = 0; b < 3000; b++) for (let a = 0; a < 3; a++) expect(index.cellOf(a, b)).toBe(b * 3 + a);
    expect(index.find(1, 1500)).toBe(4501); // out of order: the table is built here
    expect(index.find(2, 2999)).toBe(8999);
    expect(index.find(0, 3000)).toBe(-1);
    expect(index.insert(0, 3000)).toBe(9000);
    expect(index.find(1, -1)).toBe(-1);
    expect(index.insert(1, -1)).toBe(9001);
    expect(index.find(1, -1)).toBe(9001);
    expect(index.find(0, 3000)).toBe(9000);
  });

  it('groups cells by a, each group in ascending b or rank of b, with b alongside', () => {
    const index = new PairIndex();
    const pairs: [number, number][] = [
      [1, 5],
      [0, 2],
      [1, 3],
      [0, 1],
      [2, 9],
      [1, 4],
    ];
    for (const [a, b] of pairs) index.cellOf(a, b);
    const groups = index.grouped(4);
    expect([...groups.start]).toEqual([0, 2, 5, 6, 6]);
    expect([...groups.cells]).toEqual([3, 1, 2, 5, 0, 4]);
    expect([...groups.b]).toEqual([1, 2, 3, 4, 5, 9]);
    // A rank reverses the order of b within each group.
    const rank = Array.from({ length: 10 }, (_, b) => 100 - b);
    const byRank = index.grouped(3, rank);
    expect([...byRank.b]).toEqual([2, 1, 5, 4, 3, 9]);
    expect([...byRank.cells].map((cell) => index.b[cell])).toEqual([...byRank.b]);
  });
});

describe('groupCells', () => {
  it('groups slots by owner, leaving out unused ones (owner −1)', () => {
    const owner = [1, 1, -1, 0, 1, -1, 0];
    const day = [7, 3, 0, 9, 5, 0, 2];
    const groups = groupCells(owner.length, owner, day, 2);
    expect([...groups.start]).toEqual([0, 2, 5]);
    expect([...groups.cells]).toEqual([6, 3, 1, 4, 0]);
    expect([...groups.b]).toEqual([2, 9, 3, 5, 7]);
  });
});

describe('groupCells, against a sort', () => {
  it('puts every group in ascending rank of b, short groups and long ones alike', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 99 })), {
          selector: ([a, b]) => `${a}|${b}`,
          maxLength: 300,
        }),
        fc.boolean(),
        (pairs, ranked) => {
          const rank = Array.from({ length: 100 }, (_, b) => (b * 37) % 100); // a permutation
          const groups = groupCells(
            pairs.length,
            pairs.map(([a]) => a),
            pairs.map(([, b]) => b),
            4,
            ranked ? rank : undefined,
          );
          for (let a = 0; a < 4; a++) {
            const key = (b: number) => (ranked ? (rank[b] as number) : b);
            const expected = pairs
              .map(([pa, b], cell) => ({ pa, b, cell }))
              .filter(({ pa }) => pa === a)
              .sort((x, y) => key(x.b) - key(y.b));
            const from = groups.start[a] as number;
            const to = groups.start[a + 1] as number;
            expect([...groups.cells.subarray(from, to)]).toEqual(expected.map(({ cell }) => cell));
            expect([...groups.b.subarray(from, to)]).toEqual(expected.map(({ b }) => b));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('PairCounts', () => {
  it('counts (a, b) pairs like a Map of "a|b" keys, through many rehashes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })), {
          maxLength: 3000,
        }),
        (pairs) => {
          const counts = new PairCounts();
          const oracle = new Map<string, number>();
          for (const [a, b] of pairs) {
            counts.increment(a, b);
            oracle.set(`${a}|${b}`, (oracle.get(`${a}|${b}`) ?? 0) + 1);
          }
          const seen = new Map<string, number>();
          counts.forEach((a, b, count) => {
            seen.set(`${a}|${b}`, count);
          });
          expect(seen).toEqual(oracle);
          expect(counts.size).toBe(oracle.size);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('TotalsTable.newSlot', () => {
  it('hands out consecutive slots across chunks, each with sums of its own', () => {
    const table = new TotalsTable();
    const slots = Array.from({ length: 9600 }, () => table.newSlot());
    expect(slots.slice(0, 3)).toEqual([0, 1, 2]);
    expect(table.size).toBe(9600);
    table.add(9599, amountsOf(12.5));
    table.add(4096, amountsOf(2));
    expect(table.read(9599, new PeriodTotals())).toMatchObject({ lines: 1, revenue: 1250 });
    expect(table.read(4096, new PeriodTotals())).toMatchObject({ lines: 1, revenue: 200 });
    expect(table.read(4095, new PeriodTotals())).toMatchObject({ lines: 0, revenue: 0 });
  });
});

describe('EntryPairs', () => {
  it('flags (entry, x) pairs once per bit, with any number of x per entry', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(1, 2)),
          { maxLength: 300 },
        ),
        (marks) => {
          const pairs = new EntryPairs();
          const oracle = new Map<string, number>();
          for (const [entry, x, bit] of marks) {
            const key = `${entry}|${x}`;
            const before = oracle.get(key) ?? 0;
            expect(pairs.mark(entry, x, bit)).toBe((before & bit) === 0);
            oracle.set(key, before | bit);
          }
          for (const entry of new Set(marks.map(([e]) => e))) {
            const seen: string[] = [];
            pairs.forEach(entry, (x, flags) => seen.push(`${entry}|${x}=${flags}`));
            const want = [...oracle]
              .filter(([key]) => key.startsWith(`${entry}|`))
              .map(([k, f]) => `${k}=${f}`);
            expect(seen.sort()).toEqual(want.sort());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('TextPool', () => {
  it('stores text as code units and compares it back', () => {
    const pool = new TextPool();
    const texts = ['B-1', '', 'ÑUÑOA', 'x'.repeat(5000), '😀ticket'];
    const at = texts.map((text) => pool.add(text));
    texts.forEach((text, i) => {
      expect(pool.text(at[i] as number, text.length)).toBe(text);
      expect(pool.equals(at[i] as number, text.length, text)).toBe(true);
      expect(pool.equals(at[i] as number, text.length, `${text}!`)).toBe(false);
    });
    expect(pool.equals(at[0] as number, 3, 'B-2')).toBe(false);
    expect(pool.size).toBe(texts.reduce((n, text) => n + text.length, 0));
  });
});

describe('TicketBook', () => {
  it('finds an empty transId again (its hash is the FNV basis, wider than int32)', () => {
    const book = new TicketBook();
    expect(book.add('', 100, 10, 1)).toBe(0);
    expect(book.add('T', 100, 10, 1)).toBe(1);
    expect(book.add('', 100, 11, 1)).toBe(0);
    expect(book.add('', 101, 9, -1)).toBe(2);
    expect([...book.multiDayTickets()]).toEqual([0]);
    expect(book.add('T', 100, 10, 0)).toBe(-1); // a free line makes no ticket
  });

  it('lists each ticket seen on several days once, by its first day', () => {
    const book = new TicketBook();
    for (let day = 0; day < 5; day++) {
      for (let t = 0; t < 3000; t++) book.add(`T${t}`, t % 7 === 0 ? day : t, 12, 1);
    }
    const heads = [...book.multiDayTickets()];
    expect(heads).toHaveLength(Math.ceil(3000 / 7));
    for (const head of heads) {
      let days = 0;
      for (let entry = head; entry >= 0; entry = book.next[entry] as number) days++;
      expect(days).toBe(5);
    }
  });
});

describe('TotalsTable.addSlot and first sale lines', () => {
  it('adds one slot into another like PeriodTotals.merge, and tells a slot’s first sale line', () => {
    const days = new TotalsTable();
    const months = new TotalsTable();
    const direct = new PeriodTotals();
    const month = months.newSlot();
    for (let i = 0; i < 5000; i++) {
      const slot = days.newSlot();
      const a = amountsOf(i % 5 === 0 ? -i : i + 1, 1.5);
      expect(days.add(slot, a)).toBe(a.sign > 0);
      expect(days.add(slot, amountsOf(3))).toBe(a.sign <= 0);
      direct.add(a);
      direct.add(amountsOf(3));
      months.addSlot(month, days, slot);
    }
    expect(months.read(month, new PeriodTotals())).toEqual(direct);
    expect(months.revenue(month)).toBe(direct.revenue);
  });
});
