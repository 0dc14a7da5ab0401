import { describe, expect, it } from 'vitest';
import { CopyChunks, copyRow, copyValue } from './copy-text';
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
