import { describe, expect, it } from 'vitest';
import { foldText, headerTokens } from './fold-text';
import { matchHeaders, scoreHeaderForField, scoreHeaderRow } from './match-headers';

const ALSUR_HEADER =
  'Fecha venta,Tipo documento,N° doc. venta,Nombre cliente,Email cliente,Nombre vendedor,Nombre sucursal,Método pago,SKU,Nombre,Cantidad,Fabricante,Categoría,Tipo unidad,Precio unitario,Costo unitario,Total costo,Total descuento,Total comisión,Total neto,Utilidad aprox.,Stock actual'.split(
    ',',
  );

const fieldsOf = (headers: string[]) =>
  Object.fromEntries(matchHeaders(headers).map((match, index) => [headers[index], match.field]));

describe('foldText / headerTokens', () => {
  it('removes accents, case and punctuation and expands abbreviations', () => {
    expect(foldText('  Categoría ')).toBe('categoria');
    expect(foldText('N° doc. venta')).toBe('n doc venta');
    expect(foldText('Nº documento')).toBe('n documento');
    expect(headerTokens('Cod. producto')).toEqual(['codigo', 'producto']);
    expect(headerTokens('Cant.')).toEqual(['cantidad']);
    expect(headerTokens('in_trans_id')).toEqual(['in', 'trans', 'id']);
    expect(headerTokens('FechaVenta')).toEqual(['fecha', 'venta']);
  });
});

describe('matchHeaders', () => {
  it('maps the real Chilean POS export, seller and payment method included, and leaves foreign concepts as extras', () => {
    expect(fieldsOf(ALSUR_HEADER)).toEqual({
      'Fecha venta': 'in_dt',
      'Tipo documento': 'in_document_type',
      'N° doc. venta': 'in_trans_id',
      'Nombre cliente': 'in_customer_id',
      'Email cliente': null,
      'Nombre vendedor': 'in_seller',
      'Nombre sucursal': 'in_location',
      'Método pago': 'in_payment_method',
      SKU: 'in_product_id',
      Nombre: 'in_description',
      Cantidad: 'in_quantity',
      Fabricante: null,
      Categoría: 'in_category',
      'Tipo unidad': 'in_unit_type',
      'Precio unitario': 'in_price_unit',
      'Costo unitario': 'in_cost_unit',
      'Total costo': 'in_cost_total',
      'Total descuento': 'in_discount_total',
      'Total comisión': 'in_commission',
      'Total neto': 'in_price_total',
      'Utilidad aprox.': 'in_margin',
      'Stock actual': 'in_stock',
    });
  });

  it('maps the canonical names themselves with full confidence', () => {
    const headers = [
      'in_dt',
      'in_trans_id',
      'in_product_id',
      'in_quantity',
      'in_price_total',
      'in_commission_total',
    ];
    const matches = matchHeaders(headers);
    expect(matches.map((match) => match.field)).toEqual([
      'in_dt',
      'in_trans_id',
      'in_product_id',
      'in_quantity',
      'in_price_total',
      // GabeDA's commission column feeds the commission.
      'in_commission',
    ]);
    expect(matches.every((match) => match.confidence === 1)).toBe(true);
  });

  it.each([
    ['Fecha', 'in_dt'],
    ['Fecha emisión', 'in_dt'],
    ['Nº documento', 'in_trans_id'],
    ['Folio', 'in_trans_id'],
    ['Boleta', 'in_trans_id'],
    ['Número', 'in_trans_id'],
    ['Ticket', 'in_trans_id'],
    ['Código', 'in_product_id'],
    ['Cod. producto', 'in_product_id'],
    ['Producto', 'in_description'],
    ['Descripción', 'in_description'],
    ['Cant.', 'in_quantity'],
    ['Unidades', 'in_quantity'],
    ['Total', 'in_price_total'],
    ['Monto', 'in_price_total'],
    ['Total venta', 'in_price_total'],
    ['Importe', 'in_price_total'],
    ['Precio', 'in_price_unit'],
    ['Costo total', 'in_cost_total'],
    ['Descuento', 'in_discount_total'],
    ['Margen', 'in_margin'],
    ['Utilidad', 'in_margin'],
    ['Sucursal', 'in_location'],
    ['Local', 'in_location'],
    ['Tienda', 'in_location'],
    ['Tipo', 'in_trans_type'],
    ['Tipo transacción', 'in_trans_type'],
    ['Tipo movimiento', 'in_trans_type'],
    ['RUT cliente', 'in_customer_id'],
    ['Cliente', 'in_customer_id'],
    ['ID cliente', 'in_customer_id'],
    ['Familia', 'in_category'],
    ['Rubro', 'in_category'],
    ['Unidad', 'in_unit_type'],
    ['UM', 'in_unit_type'],
    ['Stock', 'in_stock'],
    ['Quantity', 'in_quantity'],
    ['Unit price', 'in_price_unit'],
    ['Transaction ID', 'in_trans_id'],
    ['Cantidda', 'in_quantity'],
    ['Precio unit.', 'in_price_unit'],
    ['Vendedor', 'in_seller'],
    ['Cajero', 'in_seller'],
    ['Seller', 'in_seller'],
    ['Forma de pago', 'in_payment_method'],
    ['Medio de pago', 'in_payment_method'],
    ['Payment method', 'in_payment_method'],
    ['Tipo pago', 'in_payment_method'],
    // A foreign word still keeps other fields away: not a commission, not a customer.
    ['Email vendedor', null],
    ['Pago cliente', null],
  ])('%s → %s', (header, field) => {
    expect(matchHeaders([header])[0]?.field).toBe(field);
  });

  it('gives each field to one column only, the best one', () => {
    expect(fieldsOf(['Nombre cliente', 'Nombre'])).toEqual({
      'Nombre cliente': 'in_customer_id',
      Nombre: 'in_description',
    });
    expect(fieldsOf(['Cantidad', 'Total venta', 'Importe'])).toEqual({
      Cantidad: 'in_quantity',
      'Total venta': 'in_price_total',
      Importe: null,
    });
  });

  it('takes the net amount as the line total when a total with tax sits beside it', () => {
    // Revenue is net sales: a total with IVA would overstate it by the tax.
    expect(fieldsOf(['Total', 'Neto', 'IVA'])).toEqual({ Total: null, Neto: 'in_price_total', IVA: null });
    expect(fieldsOf(['Total', 'Total neto'])).toEqual({ Total: null, 'Total neto': 'in_price_total' });
    const exported = ['gross_amount', 'discount_amount', 'net_amount', 'tax_amount', 'total_amount'];
    expect(fieldsOf(exported)).toMatchObject({ net_amount: 'in_price_total', total_amount: null });
    // Alone, a total is the line total.
    expect(fieldsOf(['Folio', 'Total'])).toMatchObject({ Total: 'in_price_total' });
  });

  it('scores fuzzy matches below exact ones', () => {
    expect(scoreHeaderForField('Cantidad', 'in_quantity')).toBe(1);
    const typo = scoreHeaderForField('Cantidda', 'in_quantity');
    expect(typo).toBeGreaterThan(0.6);
    expect(typo).toBeLessThan(1);
    expect(scoreHeaderForField('Total comisión', 'in_price_total')).toBeLessThan(0.6);
  });
});

describe('scoreHeaderRow', () => {
  it('prefers the header over title lines and data rows', () => {
    const header = scoreHeaderRow(ALSUR_HEADER);
    expect(header).toBe(1);
    expect(scoreHeaderRow(['Reporte de ventas', '', ''])).toBeLessThan(0.3);
    expect(scoreHeaderRow(['Desde: 01/10/2025', 'Hasta: 31/10/2025'])).toBeLessThan(0.3);
    const dataRow =
      '10/01/2025 00:59,trans000002,prod5,4,739.33,sale,client4,product 5,category C,unit,50,113.08'.split(
        ',',
      );
    expect(scoreHeaderRow(dataRow)).toBeLessThan(0.4);
    expect(scoreHeaderRow([])).toBe(0);
  });
});
