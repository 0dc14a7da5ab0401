import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextTable } from './text-table';

describe('TextTable', () => {
  it('answers like a Map until full, then keeps what it has; clear() empties it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '1', '1.000', '$ 1.000')), {
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 64 }),
        (keys, limit) => {
          const table = new TextTable<number>(limit);
          const map = new Map<string, number>();
          keys.forEach((key, index) => {
            expect(table.get(key)).toBe(map.get(key));
            if (map.has(key)) return;
            table.add(key, index);
            if (map.size < limit) map.set(key, index);
            expect(table.size).toBe(map.size);
            expect(table.isFull).toBe(map.size >= limit);
          });
          for (const key of keys) expect(table.get(key)).toBe(map.get(key));
          table.clear();
          expect(table.size).toBe(0);
          for (const key of keys) expect(table.get(key)).toBeUndefined();
        },
      ),
    );
  });

  it('finds keys that are equal strings but different objects (cells of different rows)', () => {
    const table = new TextTable<string>(8);
    table.add('$ 12.990', 'a');
    const cell = '1;$ 12.990;x'.split(';')[1] as string;
    expect(table.get(cell)).toBe('a');
  });
});
