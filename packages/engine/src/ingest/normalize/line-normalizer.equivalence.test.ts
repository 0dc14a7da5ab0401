import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CanonicalField,
  type ColumnDetection,
  type DateFormat,
  type NumberFormat,
  OPTIONAL_FIELDS,
  REQUIRED_FIELDS,
  type TableDetection,
} from '../types';
import { LineNormalizer } from './line-normalizer';
import { ReferenceLineNormalizer } from './line-normalizer.reference.testkit';

const NOW = Date.UTC(2026, 0, 1);
const FIELDS: (CanonicalField | null)[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS, null, null];
const NAMES = ['Fecha', 'Documento', 'SKU', 'Cantidad', 'Total', 'Tipo', 'Unidad', 'Extra', 'Otra'];
const NUMBER_FORMATS: (NumberFormat | null)[] = [
  null,
  { decimal: ',', thousands: '.', currency: '$', percent: false },
  { decimal: '.', thousands: ',', currency: null, percent: false },
  { decimal: ',', thousands: '', currency: null, percent: false },
];
const DATE_FORMATS: (DateFormat | null)[] = [
  null,
  { kind: 'pattern', order: 'dmy', pattern: 'dd/mm/yyyy HH:MM' },
  { kind: 'pattern', order: 'mdy', pattern: 'mm/dd/yyyy' },
  { kind: 'iso', order: 'ymd', pattern: 'yyyy-mm-ddTHH:MM' },
  { kind: 'excel', order: 'dmy', pattern: 'serial de Excel' },
];
/** Cells of every kind the normalizer treats differently. */
const CELLS = [
  '',
  '  ',
  '\u00a0',
  '0',
  '1',
  '-2',
  '12.990',
  '$ 12.990',
  '1.234,56',
  '1,508',
  '20000',
  'abc',
  '12,5%',
  '01/05/2025 09:00',
  '01/05/2025 09:00',
  '13/05/2025',
  '05/13/2025 10:00 PM',
  '2025-10-01T12:30:00Z',
  '2025-09-07 00:30',
  '31/12/2026 10:00',
  '45938.7875',
  '30/02/2025',
  'Boleta',
  'Nota de crédito',
  'NotaCreditoElectronica',
  'Devolución',
  'Kilogramos',
  'Unidad',
  'Caja',
  'Total',
  'TOTAL GENERAL',
  'Subtotal ventas',
  ' 007 ',
  ...NAMES,
];

const columnArbitrary = fc.record({
  field: fc.constantFrom(...FIELDS),
  name: fc.constantFrom(...NAMES),
  number: fc.constantFrom(...NUMBER_FORMATS),
  date: fc.constantFrom(...DATE_FORMATS),
});

const detectionArbitrary = fc.array(columnArbitrary, { minLength: 1, maxLength: 9 }).map(
  (columns): TableDetection => ({
    encoding: 'utf-8',
    delimiter: ';',
    headerLine: 1,
    warnings: [],
    columns: columns.map(
      (column, index): ColumnDetection => ({
        index,
        name: column.name,
        field: column.field,
        confidence: 1,
        type: 'text',
        number: column.number,
        date: column.date,
      }),
    ),
  }),
);

const recordsArbitrary = fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 10 }), { maxLength: 25 });

describe('LineNormalizer', () => {
  it('judges every record exactly as the reference normalizer does (same outcome, same JSON)', () => {
    fc.assert(
      fc.property(detectionArbitrary, recordsArbitrary, (detection, rows) => {
        const fast = new LineNormalizer(detection, { now: NOW });
        const reference = new ReferenceLineNormalizer(detection, { now: NOW });
        rows.forEach((cells, i) => {
          const record = { line: i + 2, cells, raw: cells.join(';') };
          expect(JSON.stringify(fast.normalize(record))).toBe(JSON.stringify(reference.normalize(record)));
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees on a file-shaped detection where most lines are accepted', () => {
    const detection: TableDetection = {
      encoding: 'windows-1252',
      delimiter: ';',
      headerLine: 1,
      warnings: [],
      columns: (
        [
          ['Fecha', 'in_dt'],
          ['Tipo', 'in_document_type'],
          ['Documento', 'in_trans_id'],
          ['SKU', 'in_product_id'],
          ['Cantidad', 'in_quantity'],
          ['Total', 'in_price_total'],
          ['Unidad', 'in_unit_type'],
          ['Extra', null],
        ] as const
      ).map(([name, field], index) => ({
        index,
        name,
        field,
        confidence: 1,
        type: 'text',
        number: NUMBER_FORMATS[1] ?? null,
        date: field === 'in_dt' ? (DATE_FORMATS[1] ?? null) : null,
      })),
    };
    const cell = (values: string[]) => fc.constantFrom(...values);
    const row = fc.tuple(
      cell(['01/05/2025 09:00', '02/05/2025 10:30', '31/12/2026 10:00', 'x', '']),
      cell(['Boleta', 'Factura', 'Nota de crédito', '']),
      cell(['1000001', '1000002', '']),
      cell(['107067', '']),
      cell(['1', '2', '1,508', '0', '20000', '-1', 'x', '']),
      cell(['$ 4.390', '$ 6.620', '', '$ -990', 'x']),
      cell(['Kg', 'Unidad', '', 'Caja']),
      cell(['a', '', ' b ']),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const fast = new LineNormalizer(detection, { now: NOW });
        const reference = new ReferenceLineNormalizer(detection, { now: NOW });
        rows.forEach((cells, i) => {
          const record = { line: i + 2, cells: [...cells], raw: cells.join(';') };
          expect(JSON.stringify(fast.normalize(record))).toBe(JSON.stringify(reference.normalize(record)));
        });
      }),
      { numRuns: 500 },
    );
  });
});
