import { describe, expect, it } from 'vitest';
import { CopyChunks, copyRow, copyValue, IsoTimestamps } from './copy-text';
import { CopyTextReader } from './copy-text-reader';

describe('copyValue', () => {
  it('escapes what COPY text format needs and reads back the same through CopyTextReader', () => {
    const values = ['a\tb', 'line\nbreak\r', 'back\\slash', '', 'Ñandú 12.990'];
    expect(new CopyTextReader().push(copyRow(values))).toEqual([values]);
  });

  it('writes null, numbers and booleans the way PostgreSQL reads them', () => {
    expect(copyRow([null, 1.5, Number.NaN, true, false])).toBe('\\N\t1.5\t\\N\tt\tf\n');
  });

  it('turns NUL (which PostgreSQL text cannot hold) into U+FFFD instead of breaking the COPY', () => {
    expect(copyValue('a\0b')).toBe('a\uFFFDb');
  });
});

describe('CopyChunks', () => {
  it('hands back exactly the UTF-8 of what was appended, across chunk boundaries', () => {
    const chunks = new CopyChunks(64);
    const rows = ['a\tb\n', 'Ñandú €\n', 'x'.repeat(100), '😀\n', ''];
    const out: Buffer[] = [];
    let full = false;
    for (const row of rows) {
      full = chunks.append(row) || full;
      if (full) out.push(...chunks.take());
      full = false;
    }
    out.push(...chunks.take());
    expect(Buffer.concat(out).toString('utf8')).toBe(rows.join(''));
    expect(chunks.take()).toEqual([]);
  });

  it('says full once a chunk cannot take the next row', () => {
    const chunks = new CopyChunks(30);
    expect(chunks.append('0123456789')).toBe(false); // 10 chars may need 30 bytes: fits
    expect(chunks.append('abcdefg')).toBe(true); // 10 used + up to 21 > 30
    expect(chunks.byteLength).toBe(17);
    expect(Buffer.concat(chunks.take()).toString()).toBe('0123456789abcdefg');
  });
});

describe('IsoTimestamps', () => {
  it('formats every instant exactly as Date#toISOString', () => {
    const formatter = new IsoTimestamps();
    const instants = [0, -1, 1, 86_399_999, 86_400_000, -86_400_001, 1_746_104_400_000, 253_402_300_799_999];
    instants.push(-62_198_755_200_000, 8.64e15, -8.64e15, 1_746_104_400_000.5);
    let ms = 1_700_000_000_000;
    for (let i = 0; i < 2000; i++) {
      ms += Math.floor((Math.sin(i) + 1) * 50_000_000);
      instants.push(ms, ms, ms + 1);
    }
    for (const instant of instants) expect(formatter.format(instant)).toBe(new Date(instant).toISOString());
    expect(() => formatter.format(Number.NaN)).toThrow(RangeError);
    expect(() => formatter.format(8.64e15 + 1)).toThrow(RangeError);
  });
});
