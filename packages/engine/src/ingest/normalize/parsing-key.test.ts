import { describe, expect, it } from 'vitest';
import type { ColumnDetection, SourceRecord, TableDetection } from '../types';
import { LineNormalizer } from './line-normalizer';
import { parsingKey } from './parsing-key';

const NOW = Date.UTC(2025, 9, 31, 12);

function detection(order: 'dmy' | 'mdy', extra: Partial<ColumnDetection> = {}): TableDetection {
  const chilean = { decimal: ',', thousands: '.', currency: null, percent: false } as const;
  const fields = ['in_dt', 'in_trans_id', 'in_product_id', 'in_quantity', 'in_price_total'] as const;
  const columns: ColumnDetection[] = fields.map((field, index) => ({
    index,
    name: field,
    field,
    confidence: 0.9,
    type: 'text',
    number: chilean,
    date: field === 'in_dt' ? { kind: 'pattern', order, pattern: 'dd/mm/yyyy' } : null,
    ...extra,
  }));
  return { encoding: 'utf-8', delimiter: ';', headerLine: 1, columns, warnings: [] };
}

const record = (cells: string[]): SourceRecord => ({ line: 2, cells, raw: cells.join(';') });

describe('parsingKey', () => {
  it('ignores what does not change a line: confidences, column types and warnings', () => {
    const guessed = detection('dmy');
    const whole = {
      ...detection('dmy', { confidence: 0.4, type: 'number' }),
      warnings: [{ code: 'LOW_CONFIDENCE', message_es: 'x', message_en: 'x' }],
    };
    expect(parsingKey(whole)).toBe(parsingKey(guessed));
    // And the normalizer indeed reads the same line with either.
    const cells = ['03/04/2025', 'B-1', 'P-1', '2', '$ 1.990'];
    const now = { now: NOW };
    expect(new LineNormalizer(whole, now).normalize(record(cells))).toEqual(
      new LineNormalizer(guessed, now).normalize(record(cells)),
    );
  });

  it('changes with anything the normalizer reads', () => {
    const key = parsingKey(detection('dmy'));
    expect(parsingKey(detection('mdy'))).not.toBe(key);
    expect(parsingKey({ ...detection('dmy'), headerLine: 2 })).not.toBe(key);
    const point = { decimal: '.', thousands: ',', currency: null, percent: false } as const;
    expect(parsingKey(detection('dmy', { number: point }))).not.toBe(key);
    const renamed = detection('dmy');
    renamed.columns[4] = { ...(renamed.columns[4] as ColumnDetection), field: 'in_price_unit' };
    expect(parsingKey(renamed)).not.toBe(key);
  });
});
