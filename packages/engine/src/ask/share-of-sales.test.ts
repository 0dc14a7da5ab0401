import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';

const vocabulary = {
  products: [{ id: 'P-1', name: 'Pan marraqueta' }],
  categories: ['Panadería', 'Lácteos'],
  locations: ['Sucursal Providencia'],
};
const parse = (question: string) => parseQuestion(question, { dataThrough: '2026-01-10', vocabulary });

describe('a part of the sales', () => {
  it('reads the share of a category, a branch or a product', () => {
    expect(parse('¿Qué porcentaje de mis ventas es panadería?')).toMatchObject({
      kind: 'query',
      query: { intent: 'value', metric: 'revenue_share_pct', filters: { category: 'Panadería' } },
    });
    expect(parse('¿cuánto pesa Providencia en mis ventas de diciembre?')).toMatchObject({
      kind: 'query',
      query: { metric: 'revenue_share_pct', filters: { location: 'Sucursal Providencia' } },
    });
    expect(parse('participación del pan marraqueta este año')).toMatchObject({
      kind: 'query',
      query: { metric: 'revenue_share_pct', filters: { product: 'P-1' } },
    });
    expect(parse('what share of my sales is lácteos')).toMatchObject({
      kind: 'query',
      query: { metric: 'revenue_share_pct', filters: { category: 'Lácteos' } },
    });
  });

  it('ranks categories by it, and refuses a share of no part the company has', () => {
    expect(parse('¿qué categorías pesan más en mis ventas?')).toMatchObject({
      kind: 'query',
      query: { intent: 'ranking', by: 'category', metric: 'revenue_share_pct' },
    });
    expect(parse('¿qué porcentaje de mis ventas son devoluciones?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'share_of_what',
    });
  });
  it('names no part for a category the company does not have', () => {
    expect(parse('¿qué porcentaje de mis ventas es congelados?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'share_of_what',
    });
  });
});
