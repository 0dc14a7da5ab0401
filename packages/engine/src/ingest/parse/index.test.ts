import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../types';
import { ByteDecoder, CsvRecordReader, detectDelimiter, detectEncoding, findHeaderIndex } from './index';

/** The whole parse stage as a caller chains it, bytes in chunks of `chunkSize`. */
function parseBytes(bytes: Uint8Array, chunkSize: number) {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 4096));
  const decoder = new ByteDecoder(encoding, bomLength);
  let text = '';
  for (let i = 0; i < bytes.length; i += chunkSize) text += decoder.decode(bytes.subarray(i, i + chunkSize));
  text += decoder.end();
  const delimiter = detectDelimiter(text.slice(0, 4096));
  const reader = new CsvRecordReader(delimiter);
  let records: SourceRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize)
    records = records.concat(reader.push(text.slice(i, i + chunkSize)));
  records = records.concat(reader.end());
  return { encoding, delimiter, records, headerIndex: findHeaderIndex(records) };
}

describe('parse stage', () => {
  it('reads a Windows-1252 export with a title line', () => {
    const text = 'Reporte de ventas\r\nFecha;Descripción;Precio\r\n01-10-2025;Ñandú 25° €3;12,5\r\n';
    // Windows-1252 bytes: Latin-1 for these letters, 0x80 for €.
    const bytes = Uint8Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));
    const result = parseBytes(bytes, 7);
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(result.headerIndex).toBe(1);
    expect(result.records[2]).toEqual({
      line: 3,
      cells: ['01-10-2025', 'Ñandú 25° €3', '12,5'],
      raw: '01-10-2025;Ñandú 25° €3;12,5',
    });
  });

  it('reads UTF-16LE with a BOM', () => {
    const text = '\uFEFFfecha\tmonto\r\n01-10-2025\t1200\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = parseBytes(bytes, 3);
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.records.map((record) => record.cells)).toEqual([
      ['fecha', 'monto'],
      ['01-10-2025', '1200'],
    ]);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 512 }),
        (bytes, chunkSize) => {
          const { records, headerIndex } = parseBytes(bytes, chunkSize);
          for (const record of records) expect(record.cells.length).toBeGreaterThan(0);
          expect(headerIndex).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on CSV-like bytes cut anywhere', () => {
    const csvish = fc
      .array(fc.constantFrom(...'ab1,;\t|"\r\n ñ€'.split('')), { maxLength: 400 })
      .map((chars) => new TextEncoder().encode(chars.join('')));
    fc.assert(
      fc.property(csvish, fc.nat(), fc.integer({ min: 1, max: 64 }), (bytes, cut, chunkSize) => {
        const truncated = bytes.subarray(0, cut % (bytes.length + 1));
        const { records } = parseBytes(truncated, chunkSize);
        const lines = records.map((record) => record.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
