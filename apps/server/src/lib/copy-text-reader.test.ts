import { describe, expect, it } from 'vitest';
import { CopyTextReader } from './copy-text-reader';

describe('CopyTextReader', () => {
  it('splits rows and fields, reads \\N as null and undoes escapes', () => {
    const reader = new CopyTextReader();
    const rows = reader.push('a\t\\N\tx\\ty\\\\z\\nw\n1\t2\t3\n');
    expect(rows).toEqual([
      ['a', null, 'x\ty\\z\nw'],
      ['1', '2', '3'],
    ]);
    expect(() => reader.end()).not.toThrow();
  });

  it('keeps a row cut between chunks until its newline arrives', () => {
    const reader = new CopyTextReader();
    expect(reader.push('doc-1\tSK')).toEqual([]);
    expect(reader.push('U 9\tÑandú\n')).toEqual([['doc-1', 'SKU 9', 'Ñandú']]);
    reader.push('half');
    expect(() => reader.end()).toThrow(/middle of a row/);
  });

  it('keeps an empty string apart from null', () => {
    expect(new CopyTextReader().push('\t\\N\n')).toEqual([['', null]]);
  });
});
