import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOn, postQuestion } from '../../../test/ask-client';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

/*
 * Ten tickets on 2025-10-05, by hand: A and B together in 4 (B1–B4, C too in B4), C and D in 3
 * (B5–B7), E alone in 3. A, B, C are in 4 tickets of 10, D and E in 3. Pairs of 3+ tickets:
 * A + B, 4 tickets, lift 0.4 / (0.4 × 0.4) = 2.5; C + D, 3 tickets, lift 0.3 / (0.4 × 0.3) = 2.5.
 * A + C and B + C share one ticket only: no pair.
 */
const TICKETS: [string, string[]][] = [
  ['B1', ['A', 'B']],
  ['B2', ['A', 'B']],
  ['B3', ['A', 'B']],
  ['B4', ['A', 'B', 'C']],
  ['B5', ['C', 'D']],
  ['B6', ['C', 'D']],
  ['B7', ['C', 'D']],
  ['B8', ['E']],
  ['B9', ['E']],
  ['B10', ['E']],
];
const HEADER = 'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto';
const LINES = TICKETS.flatMap(([doc, skus], i) =>
  skus.map((sku) => `05/10/2025 ${10 + (i % 8)}:00;${doc};${sku};Producto ${sku};Almacen;1;1000`),
);

describe('Ask: products bought together', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const ask = (question: string) => postQuestion(t.app, token, owner.company.id, question);

  beforeAll(async () => {
    t = await buildTestApp({ askNow: askedOn('2025-10-05') });
    owner = await createOwner(t.db, 'Canastas');
    token = await loginAs(t.app, owner.email, owner.password);
    await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: `${[HEADER, ...LINES].join('\n')}\n`,
    });
  }, 60_000);
  afterAll(() => t.close());

  it('lists the pairs of products in the same tickets, most tickets first, with their lift', async () => {
    const answer = await ask('¿Qué productos se venden juntos?');
    expect(answer.query).toMatchObject({ intent: 'segment', segment: 'baskets' });
    expect(answer.values.map((v) => [v.label, v.value])).toEqual([
      ['Producto A + Producto B', 4],
      ['Producto C + Producto D', 3],
    ]);
    expect(answer.answer).toBe(
      'Productos que tus clientes compran juntos más de lo esperable por azar, en todo tu historial: 1. Producto A + Producto B (4 boletas, 2,5 veces lo esperable por azar); 2. Producto C + Producto D (3 boletas, 2,5 veces lo esperable por azar). Todos los pares están en Hallazgos.',
    );
    expect(answer.link).toBe(`/c/${owner.company.id}/insights`);
  });

  it("gives one product's companions, and says when it has none", async () => {
    const withC = await ask('¿Qué se compra junto con el producto C?');
    expect(withC.values.map((v) => [v.key, v.value])).toEqual([['D', 3]]);
    expect(withC.answer).toBe(
      'Lo que más se compra junto con Producto C, en todo tu historial: 1. Producto D (3 boletas, 2,5 veces lo esperable por azar).',
    );
    const withE = await ask('¿Qué se lleva con el producto E?');
    expect(withE.values).toEqual([]);
    expect(withE.answer).toMatch(/^Producto E no aparece en los pares/);
  });

  it('refuses a period or a branch: the pairs are of all the tickets', async () => {
    const answer = await ask('¿Qué productos se venden juntos en octubre?');
    expect(answer.kind).toBe('unanswerable');
    expect(answer.answer).toContain('todas tus boletas de todo el historial');
  });
});
