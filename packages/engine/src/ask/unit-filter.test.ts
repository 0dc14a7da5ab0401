import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';
import { findUnit } from './unit-filter';

const vocabulary = {
  products: [
    { id: 'P-1', name: 'Pan marraqueta' },
    { id: 'P-2', name: 'Lentejas 1 kg' },
  ],
  categories: ['Panadería', 'Bebidas'],
  locations: ['Sucursal Providencia'],
};
const query = (question: string) => {
  const parsed = parseQuestion(question, { dataThrough: '2026-01-10', vocabulary });
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('the unit of a quantity', () => {
  it('narrows to the products sold by the kilo or the litre', () => {
    expect(query('¿Cuántos kilos vendí en diciembre?')).toMatchObject({
      metric: 'units',
      filters: { unit: 'kg', product: null, category: null },
    });
    expect(query('kilogramos de panadería en Providencia').filters).toMatchObject({
      unit: 'kg',
      category: 'Panadería',
      location: 'Sucursal Providencia',
    });
    expect(query('¿cuántos litros de bebidas vendí?')).toMatchObject({
      metric: 'units',
      filters: { unit: 'l', category: 'Bebidas' },
    });
    expect(query('¿qué productos vendí más en kilos?')).toMatchObject({
      intent: 'ranking',
      by: 'product',
      filters: { unit: 'kg' },
    });
  });

  it('names no unit for plain units, nor beside a product (sold in one unit already)', () => {
    expect(query('unidades vendidas de panadería').filters.unit).toBeNull();
    expect(query('¿cuántos kilos de pan marraqueta vendí?').filters).toMatchObject({
      product: 'P-1',
      unit: null,
    });
    expect(query('ventas de lentejas 1 kg').filters).toMatchObject({ product: 'P-2', unit: null });
    // After a number it is a size: "coca cola de 3 litros", "saco de 25 kg".
    expect(findUnit('coca cola de 3 litros')).toBeNull();
    expect(findUnit('saco de 25 kg')).toBeNull();
    expect(findUnit('cuantos kilos')).toBe('kg');
  });
});
