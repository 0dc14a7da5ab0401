import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';

const vocabulary = {
  products: [
    { id: 'PAN-001', name: 'Pan marraqueta' },
    { id: 'FYV-001', name: 'Palta Hass' },
  ],
  categories: ['Panadería'],
  locations: ['Sucursal Providencia'],
};
const parsed = (question: string) =>
  parseQuestion(question, { dataThrough: '2025-11-20', today: '2025-11-21', vocabulary });

describe('prices', () => {
  it('reads what a product sold for as its average selling price', () => {
    for (const question of [
      '¿A cuánto vendo la marraqueta?',
      '¿Cuál es el precio promedio de la marraqueta?',
      '¿Cuánto cuesta el pan marraqueta?',
      'how much do we sell marraqueta for',
    ])
      expect(parsed(question), question).toMatchObject({
        kind: 'query',
        query: { intent: 'value', metric: 'avg_unit_price', filters: { product: 'PAN-001' } },
      });
  });

  it('ranks products by price, the dearest or the cheapest first', () => {
    expect(parsed('¿Cuál es el producto más caro?')).toMatchObject({
      query: { by: 'product', metric: 'avg_unit_price', ranking: { order: 'desc' } },
    });
    expect(parsed('the cheapest products')).toMatchObject({
      query: { by: 'product', metric: 'avg_unit_price', ranking: { order: 'asc' } },
    });
  });

  it('refuses a price of no product, what a product costs the shop, and setting a price', () => {
    expect(parsed('precio promedio por categoría')).toMatchObject({ reason: 'price_of_what' });
    expect(parsed('¿Cuánto me cuesta la palta?')).toMatchObject({ reason: 'not_in_data' });
    expect(parsed('¿Qué precio le pongo a la palta?')).toMatchObject({ reason: 'advice' });
  });
});

describe('products bought together', () => {
  it('reads pairs of products in the same tickets, of one product when named', () => {
    expect(parsed('¿Qué productos se venden juntos?')).toMatchObject({
      query: { intent: 'segment', segment: 'baskets', filters: { product: null } },
    });
    expect(parsed('¿qué se lleva con la marraqueta?')).toMatchObject({
      query: { segment: 'baskets', filters: { product: 'PAN-001' } },
    });
    expect(parsed('what do people buy with palta hass?')).toMatchObject({
      query: { segment: 'baskets', filters: { product: 'FYV-001' } },
    });
    // "compran con frecuencia" is no basket.
    const often = parsed('¿qué clientes compran con frecuencia?');
    expect(often.kind === 'query' && often.query.segment).not.toBe('baskets');
  });
});
