import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from './csv-reader';
import { MAX_RECORD_CHARS, RecordTooLongError } from './record-limits';

const CHUNK = 64 * 1024;

/** Feeds `head`, then up to `total` characters of `filler` in 64 KB chunks; returns how far it got. */
function feed(head: string, filler: string, total: number) {
  const reader = new CsvRecordReader(';');
  const records = reader.push(head).length;
  const chunk = filler.repeat(Math.ceil(CHUNK / filler.length)).slice(0, CHUNK);
  let fed = 0;
  try {
    while (fed < total) {
      reader.push(chunk);
      fed += chunk.length;
    }
    reader.end();
    return { fed, records, error: null };
  } catch (error) {
    return { fed, records, error };
  }
}

describe('CsvRecordReader bounds', () => {
  it('gives up on a 1 GB line without a line break after a few megabytes, not after reading it all', () => {
    const { fed, records, error } = feed('Fecha;Total\n01/01/2025;100\n', 'x', 1024 * 1024 * 1024);
    expect(records).toBe(2);
    expect(error).toBeInstanceOf(RecordTooLongError);
    expect(error).toMatchObject({ code: 'RECORD_TOO_LONG', line: 3 });
    expect((error as RecordTooLongError).messageEs).toMatch(/línea 3/);
    // The reader held no more than the cap plus what it waits for before rescanning.
    expect(fed).toBeLessThanOrEqual(2 * MAX_RECORD_CHARS + CHUNK);
  });

  it('gives up on a quote that never closes on a line that never ends', () => {
    const { fed, error } = feed('a;b\n1;"', 'y;"";', 1024 * 1024 * 1024);
    expect(error).toMatchObject({ code: 'RECORD_TOO_LONG', line: 2 });
    expect(fed).toBeLessThanOrEqual(2 * MAX_RECORD_CHARS + CHUNK);
  });

  it('gives up when a closed quoted field is followed by an endless tail', () => {
    const { error } = feed('a;b\n"x\ny"', 'z', 64 * 1024 * 1024);
    expect(error).toMatchObject({ code: 'RECORD_TOO_LONG', line: 2 });
  });

  it('still reads a long line under the cap', () => {
    const reader = new CsvRecordReader(';');
    const long = 'x'.repeat(MAX_RECORD_CHARS - 100);
    const records = [
      ...reader.push('a;b\n1;'),
      ...reader.push(long),
      ...reader.push('\n2;3\n'),
      ...reader.end(),
    ];
    expect(records.map((r) => r.cells.length)).toEqual([2, 2, 2]);
    expect(records[1]?.cells[1]?.length).toBe(long.length);
  });
});
