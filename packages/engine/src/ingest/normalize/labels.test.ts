import { describe, expect, it } from 'vitest';
import { isRepeatedHeader, isTotalsLabel } from './row-kinds';
import { isReturnLabel } from './transaction-kind';
import { normalizeUnitType } from './unit-type';

describe('isReturnLabel', () => {
  it.each([
    'Nota de crédito',
    'NC',
    'N/C',
    'nota credito',
    'NotaCreditoElectronica',
    'NOTA DE CREDITO ELECTRONICA',
    'devolución',
    'DEVOLUCION',
    'return',
    'Refund',
    'credit note',
  ])('%s is a return', (label) => {
    expect(isReturnLabel(label)).toBe(true);
  });

  it.each([
    'sale',
    'Venta',
    'exchange',
    'cambio',
    'BoletaElectronica',
    'FacturaElectronica',
    'EFECTIVO',
    'DEBITO',
    'DEBIT',
    'CREDITO',
    'Tarjeta de crédito',
    'VENTA CREDITO CLIENTES',
    'TRANSFERENCIA',
    '',
  ])('%s is not a return', (label) => {
    expect(isReturnLabel(label)).toBe(false);
  });

  it('treats null as not a return', () => {
    expect(isReturnLabel(null)).toBe(false);
  });
});

describe('isTotalsLabel', () => {
  it.each([
    'Total',
    'TOTAL GENERAL',
    'Totales',
    'Subtotal',
    'Sub-total',
    'Total:',
    'Gran Total',
    'TOTAL VENTAS',
  ])('%s labels a totals row', (label) => {
    expect(isTotalsLabel(label)).toBe(true);
  });

  it.each(['TOTAL CLEAN 1L', 'Totalmente', 'prod5', 'Venta'])('%s does not', (label) => {
    expect(isTotalsLabel(label)).toBe(false);
  });
});

describe('normalizeUnitType', () => {
  it.each([
    ['Unidad', 'un'],
    ['unit', 'un'],
    ['UN', 'un'],
    ['und', 'un'],
    ['u', 'un'],
    ['Kilogramos', 'kg'],
    ['kilo', 'kg'],
    ['KG', 'kg'],
    ['gramos', 'g'],
    ['g', 'g'],
    ['Litros', 'l'],
    ['lt', 'l'],
    ['L', 'l'],
    ['Caja', 'caja'],
    ['box', 'box'],
  ])('%s → %s', (written, unit) => {
    expect(normalizeUnitType(written)).toBe(unit);
  });

  it('maps an empty cell to null', () => {
    expect(normalizeUnitType('  ')).toBeNull();
  });
});

describe('isRepeatedHeader', () => {
  it('matches the header cells, ignoring surrounding spaces', () => {
    expect(isRepeatedHeader([' Fecha', 'SKU ', 'Total'], ['Fecha', 'SKU', 'Total'])).toBe(true);
    expect(isRepeatedHeader(['01/10/2025', 'SKU', 'Total'], ['Fecha', 'SKU', 'Total'])).toBe(false);
    expect(isRepeatedHeader([''], [''])).toBe(false);
  });
});
