import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter, SourceRecord } from '../types';
import { CsvRecordReader } from './csv-reader';

/** Quote-free text: every record is its physical line split at the delimiter. */
function naiveRead(text: string, delimiter: Delimiter): SourceRecord[] {
  const records: SourceRecord[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cells = raw.split(delimiter);
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line: index + 1, cells, raw });
  });
  return records;
}

describe('CsvRecordReader on unquoted lines', () => {
  it('splits every line as String.split would, whatever the chunking and the delimiter', () => {
    const alphabet = fc.constantFrom('a', 'b', '1', ' ', ';', ',', '\t', '|', '\n', '\r', '\r\n', 'ñ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join('')),
        fc.array(fc.nat({ max: 130 }), { maxLength: 8 }),
        fc.constantFrom<Delimiter>(';', ',', '\t', '|'),
        (text, cutPoints, delimiter) => {
          const cuts = [...new Set(cutPoints.filter((cut) => cut <= text.length))].sort((x, y) => x - y);
          const reader = new CsvRecordReader(delimiter);
          const records: SourceRecord[] = [];
          [0, ...cuts].forEach((start, i) => {
            records.push(...reader.push(text.slice(start, cuts[i] ?? text.length)));
          });
          records.push(...reader.end());
          expect(records).toEqual(naiveRead(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a long single-column file (no delimiter anywhere) line by line', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `valor ${i}`);
    const reader = new CsvRecordReader(';');
    const records = [...reader.push(`${lines.join('\n')}\n`), ...reader.end()];
    expect(records.map((record) => record.cells)).toEqual(lines.map((line) => [line]));
  });
});
