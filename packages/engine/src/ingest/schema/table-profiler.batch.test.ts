import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from '../parse';
import type { SourceRecord } from '../types';
import { TableProfiler } from './table-profiler';

/**
 * `addBatch` profiles a batch column by column; however the file is cut into batches, down to
 * one record each (`add`), it must count exactly the same: every column's evidence, the
 * arithmetic's tallies (quantity × price ≈ total, discounts and percentages in them) and so the
 * same header, fields, formats, confidences and warnings.
 */

const HEADER = [
  'Fecha venta',
  'Boleta',
  'SKU',
  'Cantidad',
  'Precio unitario',
  'Descuento',
  'Total neto',
  'Costo unitario',
  'Costo total',
  'Cliente',
];

const pad = (n: number) => String(n).padStart(2, '0');
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.nat(23))
  .map(([day, month, monthFirst, hour]) =>
    monthFirst ? `${pad(month)}/${pad(day)}/2025 ${hour}:05` : `${pad(day)}/${pad(month)}/2025 ${hour}:05`,
  );
/** Amounts written the ways exports write them, a few of them unreadable or blank. */
const amount = fc.oneof(
  fc.integer({ min: 1, max: 99_999 }).map((n) => `$ ${n.toLocaleString('es-CL')}`),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n.toLocaleString('en-US')),
  fc
    .integer({ min: 1, max: 9_999 })
    .map((n) => `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}`),
  fc.integer({ min: 1, max: 9_999 }).map((n) => `${Math.floor(n / 100)}.${pad(n % 100)}`),
  fc.constantFrom('', '10%', 'n/a', '(1.234)', '-500'),
);
const row = fc
  .tuple(
    date,
    fc.nat(50),
    fc.constantFrom('A1', '00204', 'B-7', ''),
    fc.array(amount, { minLength: 6, maxLength: 6 }),
    fc.constantFrom('', '11.111.111-1', 'Ana'),
    fc.constantFrom('none', 'none', 'none', 'short', 'wide', 'totals', 'header'),
  )
  .map(([when, ticket, sku, amounts, customer, shape]) => {
    if (shape === 'header') return HEADER;
    if (shape === 'totals') return ['Total', '', '', '', '', '', amounts[4] as string];
    const cells = [when, String(ticket), sku, ...amounts, customer];
    if (shape === 'short') return cells.slice(0, 5);
    if (shape === 'wide') return [...cells, 'extra', amounts[0] as string];
    return cells;
  });

const csvCell = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

function records(lines: string[][]): SourceRecord[] {
  const text = ['Ventas del mes', HEADER, ...lines].map((l) =>
    typeof l === 'string' ? l : l.map(csvCell).join(';'),
  );
  const reader = new CsvRecordReader(';');
  return [...reader.push(text.join('\n')), ...reader.end()];
}

/** The detection, and everything counted on the way to it (each count must match too). */
const outcome = (profiler: TableProfiler) => ({ tallies: profiler.tallies(), detection: profiler.result() });

function oneByOne(all: SourceRecord[]) {
  const profiler = new TableProfiler({ encoding: 'utf-8', delimiter: ';' });
  for (const record of all) profiler.add(record);
  return outcome(profiler);
}

function inBatches(all: SourceRecord[], cuts: number[]) {
  const profiler = new TableProfiler({ encoding: 'utf-8', delimiter: ';' });
  const ends = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const end of [...ends, all.length]) {
    if (end < from) continue;
    profiler.addBatch(all.slice(from, end));
    from = end;
  }
  return outcome(profiler);
}

describe('TableProfiler.addBatch', () => {
  it('decides what add() decides record by record, however the batches fall', () => {
    fc.assert(
      fc.property(
        // Past the 50 records buffered to find the header: the rest go through the batch path.
        fc.array(row, { minLength: 55, maxLength: 160 }),
        fc.array(fc.nat(170), { maxLength: 6 }),
        (lines, cuts) => {
          const all = records(lines);
          expect(inBatches(all, cuts)).toEqual(oneByOne(all));
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
