import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestSummary } from './pipeline';
import { REQUIRED_FIELDS, type TableDetection } from './types';

/**
 * The real inputs GabeDA was built on, read in place (never copied: they carry no license).
 * Every expected number is computed here by a deliberately naive reading of the file, not by
 * the code under test.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const referenceRoot = path.resolve(repoRoot, '../shared/reference-data');
const available = existsSync(referenceRoot);
const NOW = Date.UTC(2026, 0, 1);
/** Without the shared folder the suites are skipped, and their titles say why. */
const describeReference = available ? describe : describe.skip;
const skipReason = available ? '' : ` — skipped: ${referenceRoot} is missing in this checkout`;

const read = (relative: string) => readFileSync(path.join(referenceRoot, relative));
const fieldOf = (detection: TableDetection, name: string) =>
  detection.columns.find((column) => column.name === name);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** "10/01/2025 00:59" as America/Santiago shows the instant, in the file's mm/dd/yyyy HH:MM. */
const santiagoText = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Santiago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const asFileText = (instant: number) => santiagoText.format(instant).replace(',', '');

const GABEDA_FILES = [
  'quick_test_7days.csv',
  'test_transactions_30days.csv',
  'test_transactions_60days.csv',
  'test_transactions_90days.csv',
];

describeReference(`reference data (GabeDA generator files)${skipReason}`, () => {
  it.each(GABEDA_FILES)('%s ingests completely, with mm/dd dates and negated returns', (file) => {
    const bytes = read(`ayni/data/transactions/${file}`);
    // Naive reading: no quotes in these files; columns 0 date, 3 quantity, 4 total, 5 type,
    // 15 commission.
    const rows = bytes
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(','));
    const sign = (row: string[]) => (row[5] === 'return' ? -1 : 1);
    const expected = {
      lines: rows.length,
      returns: rows.filter((row) => row[5] === 'return').length,
      quantity: round(
        rows.reduce((sum, row) => sum + sign(row) * Number(row[3]), 0),
        3,
      ),
      priceTotal: round(
        rows.reduce((sum, row) => sum + sign(row) * Number(row[4]), 0),
        2,
      ),
      commission: round(
        rows.reduce((sum, row) => sum + sign(row) * Number(row[15]), 0),
        2,
      ),
    };

    const { detection, outcomes } = ingestBuffer(bytes, { now: NOW });
    const fields = new Set(detection.columns.map((column) => column.field));
    expect(REQUIRED_FIELDS.filter((field) => !fields.has(field))).toEqual([]);
    expect(fieldOf(detection, 'in_dt')?.date?.order).toBe('mdy');
    expect(fieldOf(detection, 'in_commission_total')?.field).toBe('in_commission');

    const summary = ingestSummary(outcomes);
    expect(summary.counts).toMatchObject({
      total: expected.lines,
      accepted: expected.lines,
      rejected: 0,
      skipped: 0,
      returns: expected.returns,
    });
    expect(summary.sums).toEqual({ quantity: expected.quantity, priceTotal: expected.priceTotal });
    const commission = outcomes.reduce(
      (sum, outcome) => sum + (outcome.kind === 'accepted' ? (outcome.line.commission ?? 0) : 0),
      0,
    );
    expect(round(commission, 2)).toBe(expected.commission);

    // Every line's instant shows, in Santiago, exactly the wall-clock text of the file.
    outcomes.forEach((outcome, index) => {
      if (outcome.kind !== 'accepted') throw new Error(`line ${index + 2} not accepted`);
      expect(asFileText(outcome.line.soldAt)).toBe(rows[index]?.[0]);
    });
  });
});

/** Cells of one line of the alsur export: quoted fields hold commas, never quotes. */
const splitQuoted = (line: string) =>
  [...line.matchAll(/("[^"]*"|[^,]*)(?:,|$)/g)]
    .map((match) => (match[1] ?? '').replace(/"/g, ''))
    .slice(0, 22);

describeReference(`reference data (alsur POS export)${skipReason}`, () => {
  it.each([
    ['alsur_transacciones_20251008.csv', 90],
    ['alsur_transacciones_20251008_10.csv', 10],
  ])('%s ingests with 1.088 kg and "4,454" CLP read right', (file, lineCount) => {
    const bytes = read(`ayni/data/alsur/20251008/${file}`);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text
      .slice(1)
      .split('\r\n')
      .slice(1)
      .filter((line) => line !== '')
      .map(splitQuoted);
    expect(rows).toHaveLength(lineCount);
    // Cantidad (10) is "1.088"-style decimals; Precio unitario (14), Total neto (19) are "4,454" pesos.
    const quantityOf = (row: string[]) => Number(row[10]);
    const pesos = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));
    const totalOf = (row: string[]) => (row[19] === '' ? pesos(row[14]) * quantityOf(row) : pesos(row[19]));
    for (const row of rows) {
      expect(row[10]).toMatch(/^\d+(\.\d+)?$/);
      // The file's own arithmetic: Total neto = Precio unitario × Cantidad (− Total descuento), to the peso or 1%.
      const gross = pesos(row[14]) * quantityOf(row);
      const net = gross - pesos(row[17]);
      const tolerance = Math.max(1, totalOf(row) * 0.01);
      expect(Math.min(Math.abs(gross - totalOf(row)), Math.abs(net - totalOf(row)))).toBeLessThanOrEqual(
        tolerance,
      );
    }

    const { detection, outcomes } = ingestBuffer(bytes, { now: NOW });
    expect(detection).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerLine: 1 });
    const fields = new Set(detection.columns.map((column) => column.field));
    expect(REQUIRED_FIELDS.filter((field) => !fields.has(field))).toEqual([]);
    expect(fieldOf(detection, 'Cantidad')?.number?.decimal).toBe('.');
    for (const money of ['Precio unitario', 'Total neto', 'Total costo']) {
      expect(fieldOf(detection, money)?.number).toMatchObject({ decimal: '.', thousands: ',' });
    }
    expect(fieldOf(detection, 'Fecha venta')?.date?.order).toBe('dmy'); // the file is from 2025-10-08

    const summary = ingestSummary(outcomes);
    expect(summary.counts).toMatchObject({ total: lineCount, accepted: lineCount, rejected: 0, returns: 0 });
    expect(summary.sums).toEqual({
      quantity: round(
        rows.reduce((sum, row) => sum + quantityOf(row), 0),
        3,
      ),
      priceTotal: round(
        rows.reduce((sum, row) => sum + totalOf(row), 0),
        2,
      ),
    });
    // Total comisión (18), "89"-style pesos, blank on some lines.
    expect(fieldOf(detection, 'Total comisión')?.field).toBe('in_commission');
    const accepted = outcomes.flatMap((outcome) => (outcome.kind === 'accepted' ? [outcome.line] : []));
    expect(accepted.filter((line) => line.commission !== null)).toHaveLength(
      rows.filter((row) => row[18] !== '').length,
    );
    expect(
      round(
        accepted.reduce((sum, line) => sum + (line.commission ?? 0), 0),
        2,
      ),
    ).toBe(rows.reduce((sum, row) => sum + pesos(row[18]), 0));
    for (const outcome of outcomes) {
      if (outcome.kind !== 'accepted') continue;
      expect(asFileText(outcome.line.soldAt).slice(0, 10)).toBe('10/08/2025');
    }
  });

  it('keeps the zero-quantity line with an empty total (total = unit price × 0) and leading zeros', () => {
    const { outcomes } = ingestBuffer(read('ayni/data/alsur/20251008/alsur_transacciones_20251008.csv'), {
      now: NOW,
    });
    const lines = outcomes.flatMap((outcome) => (outcome.kind === 'accepted' ? [outcome] : []));
    const zero = lines.filter((outcome) => outcome.line.quantity === 0);
    expect(zero).toHaveLength(1);
    expect(zero[0]?.line).toMatchObject({ transId: '11964', priceTotal: 0, priceUnit: 23109, costTotal: 0 });
    expect(zero[0]?.warnings.map((warning) => warning.code)).toContain('ZERO_QUANTITY');
    const merluza = lines.find(
      (outcome) => outcome.line.transId === '26150' && outcome.line.productId === '00204',
    );
    expect(merluza?.line).toMatchObject({
      quantity: 1.088,
      priceUnit: 5882,
      priceTotal: 6400,
      unitType: 'kg',
      commission: 64,
      seller: 'VENDEDOR 02',
      paymentMethod: 'DEBITO',
    });
    // The customer's e-mail and the maker feed no field: kept with the line (empty here).
    expect(merluza?.line.extra).toEqual({});
  });
});
