import { describe, expect, it } from 'vitest';
import { POS_DETECTED } from '../test/fixtures';
import { fieldGroup, initialEdits, isEdited, missingRequired, toMappingSpec } from './mapping';

describe('mapping', () => {
  it('puts each canonical field in one group', () => {
    expect(fieldGroup('in_dt')).toBe('required');
    expect(fieldGroup('in_price_total')).toBe('required');
    expect(fieldGroup('in_customer_id')).toBe('optional');
    expect(fieldGroup(null)).toBe('optional');
    expect(fieldGroup('in_price_unit')).toBe('inferable');
    expect(fieldGroup('in_margin')).toBe('inferable');
  });

  it('starts from what was detected, and tells when the person changed something', () => {
    const initial = initialEdits(POS_DETECTED.columns);
    expect(initial['Total neto']).toEqual({ field: 'in_price_total', decimal: ',', thousands: '.' });
    expect(initial['Fecha venta']).toEqual({ field: 'in_dt', order: 'dmy' });
    expect(missingRequired(initial)).toEqual([]);
    expect(isEdited(initial, { ...initial })).toBe(false);
    expect(isEdited(initial, { ...initial, SKU: { field: null } })).toBe(true);
    expect(missingRequired({ ...initial, SKU: { field: null } })).toEqual(['in_product_id']);
  });

  it('builds the API mapping for every column, formats only where they apply', () => {
    const spec = toMappingSpec(POS_DETECTED.columns, initialEdits(POS_DETECTED.columns));
    expect(Object.keys(spec)).toEqual(POS_DETECTED.columns.map((column) => column.name));
    expect(spec.SKU).toEqual({ field: 'in_product_id' });
    expect(spec.Vendedor).toEqual({ field: null });
    // A number column feeding a text field carries no number format.
    expect(spec['N° doc. venta']).toEqual({ field: 'in_trans_id' });
  });
});
