import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, commas, CRLF, quotes and no formulas', () => {
    const csv = toCsv(
      ['Producto', 'Venta neta', 'Margen %'],
      [
        ['Té "verde", 100 g', 12990, null],
        ['=HYPERLINK("x")', -500, 12.5],
        ['+56 9', 0, true],
      ],
    );
    expect(csv).toBe(
      '\uFEFFProducto,Venta neta,Margen %\r\n' +
        '"Té ""verde"", 100 g",12990,\r\n' +
        '"\'=HYPERLINK(""x"")",-500,12.5\r\n' +
        "'+56 9,0,true\r\n",
    );
  });
});
