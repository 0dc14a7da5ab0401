import { describe, expect, it } from 'vitest';
import { copyRow, copyValue } from './copy-text';
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
