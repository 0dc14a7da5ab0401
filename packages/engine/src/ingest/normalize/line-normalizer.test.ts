import { describe, expect, it } from 'vitest';
import type {
  CanonicalField,
  ColumnDetection,
  LineOutcome,
  NumberFormat,
  SourceRecord,
  TableDetection,
} from '../types';
import { LineNormalizer } from './line-normalizer';

const CHILEAN: NumberFormat = { decimal: ',', thousands: '.', currency: null, percent: false };
const NOW = Date.UTC(2025, 9, 31, 12); // 2025-10-31 12:00 UTC

const HEADER: [string, CanonicalField | null][] = [
  ['Fecha', 'in_dt'],
  ['Folio', 'in_trans_id'],
  ['SKU', 'in_product_id'],
  ['Cantidad', 'in_quantity'],
  ['Total', 'in_price_total'],
  ['Tipo', 'in_trans_type'],
  ['Unidad', 'in_unit_type'],
  ['Costo unitario', 'in_cost_unit'],
  ['Vendedor', null],
];

function detection(header = HEADER): TableDetection {
  const columns: ColumnDetection[] = header.map(([name, field], index) => ({
    index,
    name,
    field,
    confidence: 1,
    type: 'text',
    number: CHILEAN,
    date: field === 'in_dt' ? { kind: 'pattern', order: 'dmy', pattern: 'dd/mm/yyyy HH:MM' } : null,
  }));
  return { encoding: 'utf-8', delimiter: ';', headerLine: 1, columns, warnings: [] };
}

const normalizer = new LineNormalizer(detection(), { now: NOW });
const record = (line: number, text: string): SourceRecord => ({ line, cells: text.split(';'), raw: text });
const run = (text: string, line = 2): LineOutcome => normalizer.normalize(record(line, text));

function accepted(text: string) {
  const outcome = run(text);
  if (outcome.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(outcome)}`);
  return outcome;
}
const issueCodes = (outcome: LineOutcome) =>
  (outcome.kind === 'accepted' ? outcome.warnings : outcome.issues).map((issue) => issue.code);

describe('LineNormalizer', () => {
  it('reads a sale line in canonical form', () => {
    const { line, warnings } = accepted('01/10/2025 10:30; 00204 ;A-1;2;1.500;Venta;Kilogramos;500;Ana');
    expect(line).toEqual({
      sourceLine: 2,
      soldAt: Date.UTC(2025, 9, 1, 13, 30), // Santiago is UTC-3 in October
      transId: '00204',
      productId: 'A-1',
      quantity: 2,
      priceTotal: 1500,
      priceUnit: 750,
      costUnit: 500,
      costTotal: 1000,
      discountTotal: null,
      margin: 500,
      commission: null,
      isReturn: false,
      transType: 'Venta',
      documentType: null,
      customerId: null,
      description: null,
      category: null,
      unitType: 'kg',
      stock: null,
      location: null,
      seller: null,
      paymentMethod: null,
      extra: { Vendedor: 'Ana' },
    });
    expect(warnings).toEqual([]);
  });

  it('reads the commission, takes it back on returns and rejects one it cannot read', () => {
    const withCommission = new LineNormalizer(detection([...HEADER, ['Total comisión', 'in_commission']]), {
      now: NOW,
    });
    const read = (text: string) => withCommission.normalize(record(2, text));
    const sale = read('01/10/2025 10:30;1;A-1;2;1.500;Venta;;;Ana;89,5');
    expect(sale.kind === 'accepted' && sale.line.commission).toBe(89.5);
    // A field now, no longer an extra column.
    expect(sale.kind === 'accepted' && sale.line.extra).toEqual({ Vendedor: 'Ana' });
    const credit = read('01/10/2025 10:30;2;A-1;2;1.500;Nota de crédito;;;;89,5');
    expect(credit.kind === 'accepted' && [credit.line.priceTotal, credit.line.commission]).toEqual([
      -1500, -89.5,
    ]);
    const none = read('01/10/2025 10:30;3;A-1;2;1.500;Venta;;;;');
    expect(none.kind === 'accepted' && none.line.commission).toBeNull();
    const bad = read('01/10/2025 10:30;4;A-1;2;1.500;Venta;;;;mucho');
    expect(bad.kind).toBe('rejected');
    expect(issueCodes(bad)).toEqual(['INVALID_NUMBER']);
  });

  it('stores a RUT written in any spelling one way, and other customer ids as written', () => {
    const withCustomer = new LineNormalizer(detection([...HEADER, ['RUT cliente', 'in_customer_id']]), {
      now: NOW,
    });
    const customerOf = (cell: string) => {
      const outcome = withCustomer.normalize(record(2, `01/10/2025 10:30;1;A-1;2;1.500;Venta;;;;${cell}`));
      return outcome.kind === 'accepted' ? outcome.line.customerId : outcome.kind;
    };
    for (const spelling of ['12.345.678-5', '12345678-5', ' 12.345.678-5 ', '12.345.678-5']) {
      expect(customerOf(spelling)).toBe('12345678-5');
    }
    // Read twice: the remembered answer is the same as the first.
    expect([customerOf('6.000.000-k'), customerOf('6.000.000-k')]).toEqual(['6000000-K', '6000000-K']);
    // Not RUTs: a wrong check digit, no hyphen, a code, a name.
    for (const asWritten of ['12.345.678-9', '123456785', 'C-0042', 'Juana Pérez']) {
      expect(customerOf(asWritten)).toBe(asWritten);
    }
    expect(customerOf('')).toBeNull();
  });

  it('skips repeated headers, totals rows and rows without keys that carry a total', () => {
    expect(run('Fecha;Folio;SKU;Cantidad;Total;Tipo;Unidad;Costo unitario;Vendedor')).toMatchObject({
      kind: 'skipped',
      issues: [{ code: 'REPEATED_HEADER' }],
    });
    expect(issueCodes(run('TOTAL GENERAL;;;10;15.000;;;;'))).toEqual(['TOTALS_ROW']);
    expect(issueCodes(run(';;;10;15.000;;;;'))).toEqual(['TOTALS_ROW']);
  });

  it('rejects with every reason, naming line and column in both languages', () => {
    const outcome = run('32/10/2025;;A;dos;1.000;;;;', 7);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.issues.map((issue) => [issue.code, issue.column, issue.severity])).toEqual([
      ['INVALID_DATE', 'Fecha', 'rejected'],
      ['MISSING_REQUIRED', 'Folio', 'rejected'],
      ['INVALID_NUMBER', 'Cantidad', 'rejected'],
    ]);
    expect(outcome.issues[0]?.message_es).toBe(
      'Línea 7: la columna "Fecha" no tiene una fecha válida ("32/10/2025").',
    );
    expect(outcome.issues[0]?.message_en).toBe(
      'Line 7: column "Fecha" does not hold a valid date ("32/10/2025").',
    );
  });

  it('rejects dates more than a day after now, accepts up to a day ahead', () => {
    expect(issueCodes(run('03/11/2025 10:00;1;A;1;100;;;;'))).toEqual(['FUTURE_DATE']);
    expect(run('01/11/2025 08:00;1;A;1;100;;;;').kind).toBe('accepted');
  });

  it('negates credit notes written positive and keeps returns written negative', () => {
    const positive = accepted('01/10/2025;9;A;2;1.000;Nota de crédito;;100;').line;
    const negative = accepted('01/10/2025;9;A;-2;-1.000;Venta;;100;').line;
    for (const line of [positive, negative]) {
      expect(line).toMatchObject({ isReturn: true, quantity: -2, priceTotal: -1000, priceUnit: 500 });
      expect(line).toMatchObject({ costTotal: -200, margin: -800 });
    }
  });

  it('does not take payment methods or exchanges for returns', () => {
    for (const type of ['EFECTIVO', 'DEBITO', 'CREDITO', 'TRANSFERENCIA', 'cambio', 'exchange']) {
      expect(accepted(`01/10/2025;9;A;1;1.000;${type};;;`).line.isReturn).toBe(false);
    }
  });

  it('warns about large quantities, zero quantities and empty optional columns (once per line)', () => {
    const large = accepted('01/10/2025;1;A;20.000;1.000;Venta;un;1;');
    expect(large.line.quantity).toBe(20000);
    expect(issueCodes(large)).toEqual(['QUANTITY_OUT_OF_RANGE']);
    const zero = accepted('01/10/2025;1;A;0;0;Venta;un;1;');
    expect(zero.line.priceUnit).toBe(0);
    expect(issueCodes(zero)).toEqual(['ZERO_QUANTITY']);
    const sparse = accepted('01/10/2025;1;A;1;100;;;;');
    expect(sparse.warnings).toHaveLength(1);
    expect(sparse.warnings[0]).toMatchObject({
      code: 'MISSING_OPTIONAL',
      severity: 'warning',
      line: 2,
      column: 'Tipo, Unidad, Costo unitario',
    });
  });

  it('infers the total from the unit price when the total cell is empty', () => {
    const withUnitPrice = new LineNormalizer(
      detection([...HEADER.slice(0, 5), ['Precio', 'in_price_unit'], ['Descuento', 'in_discount_total']]),
      { now: NOW },
    );
    const outcome = withUnitPrice.normalize(record(3, '01/10/2025;1;A;3;;1.000;500'));
    expect(outcome).toMatchObject({
      kind: 'accepted',
      line: { priceTotal: 2500, priceUnit: 1000, discountTotal: 500 },
    });
    const missing = withUnitPrice.normalize(record(4, '01/10/2025;1;A;3;;;'));
    expect(issueCodes(missing)).toEqual(['MISSING_REQUIRED']);
  });

  it('rejects every line when a required field has no column', () => {
    const noSku = new LineNormalizer(detection(HEADER.filter(([name]) => name !== 'SKU')), { now: NOW });
    const outcome = noSku.normalize(record(2, '01/10/2025;1;2;100;;;;'));
    expect(outcome).toMatchObject({
      kind: 'rejected',
      issues: [
        {
          code: 'MISSING_REQUIRED',
          column: null,
          message_es:
            'Línea 2: falta el campo obligatorio «Código de producto» (in_product_id) (ninguna columna lo contiene).',
        },
      ],
    });
  });
});
