import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../types';
import { findHeaderIndex } from './header';

const records = (...rows: string[][]): SourceRecord[] =>
  rows.map((cells, i) => ({ line: i + 1, cells, raw: cells.join(';') }));

const DATA = [
  ['01-10-2025', 'T1', 'SKU-1', '2', '1.200'],
  ['01-10-2025', 'T2', 'SKU-2', '1', '3.990'],
  ['02-10-2025', 'T3', 'SKU-1', '3', '1.800'],
];
const HEADER = ['Fecha', 'Transacción', 'Producto', 'Cantidad', 'Total'];

describe('findHeaderIndex', () => {
  it('finds a header on the first record', () => {
    expect(findHeaderIndex(records(HEADER, ...DATA))).toBe(0);
  });

  it('skips title lines, date ranges and blank rows above the header', () => {
    const rows = records(
      ['Reporte de ventas', '', '', '', ''],
      ['Desde: 01-10-2025', 'Hasta: 31-10-2025'],
      ['', '', '', '', ''],
      ['Sucursal', 'Centro'],
      HEADER,
      ...DATA,
    );
    expect(findHeaderIndex(rows)).toBe(4);
  });

  it('skips a full-width line of dates and numbers', () => {
    expect(
      findHeaderIndex(records(['Desde', '01-10-2025', 'Hasta', '31-10-2025', '5'], HEADER, ...DATA)),
    ).toBe(1);
  });

  it('accepts a header with an unnamed column when nothing fills the width', () => {
    const withIndex = DATA.map((row, i) => [String(i + 1), ...row]);
    expect(findHeaderIndex(records(['Reporte'], ['', ...HEADER], ...withIndex))).toBe(1);
  });

  it('answers 0 when no record looks like a header', () => {
    expect(findHeaderIndex(records(...DATA))).toBe(0);
    expect(findHeaderIndex([])).toBe(0);
  });

  it('prefers the record the header scorer likes best', () => {
    const rows = records(
      ['Reporte', 'Ventas', 'Octubre', 'Centro', 'Caja'],
      HEADER,
      ['Pan', 'Panadería', 'UN', 'Centro', 'Boleta'],
      ...DATA,
    );
    expect(findHeaderIndex(rows)).toBe(0);
    const known = new Set(HEADER.map((name) => name.toLowerCase()));
    const score = (cells: string[]) =>
      cells.filter((cell) => known.has(cell.toLowerCase())).length / cells.length;
    expect(findHeaderIndex(rows, score)).toBe(1);
    expect(findHeaderIndex(rows, () => 0)).toBe(0);
  });

  it('only looks at the first 50 records', () => {
    const titles = Array.from({ length: 50 }, () => ['titulo']);
    expect(findHeaderIndex(records(...titles, HEADER, ...DATA))).toBe(0);
  });
});
