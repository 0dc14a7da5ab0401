import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOn, postQuestion } from '../../../test/ask-client';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

/*
 * The day parts Ask reads are the product's own (features/time/day-part.ts): madrugada
 * 22:00–05:59, past midnight; noche 18:00–21:59. One ticket per hour below, by hand, on Saturday
 * 4 and Sunday 5 October 2025: the madrugada holds 22:00, 23:00, 00:00 and 05:00 (1000 + 2000 +
 * 4000 + 8000 = 15000 of product N, bought by customers 1-9 and 2-7); the noche 18:00 and 21:00
 * (16 + 32); 06:00 and 12:00 neither (64 + 128).
 */
const SALES: [string, string, number, string][] = [
  ['04/10/2025 22:00', 'N', 1000, '1-9'],
  ['04/10/2025 23:30', 'N', 2000, '2-7'],
  ['05/10/2025 00:15', 'N', 4000, '1-9'],
  ['05/10/2025 05:59', 'N', 8000, '1-9'],
  ['05/10/2025 06:00', 'D', 64, '3-5'],
  ['05/10/2025 12:00', 'D', 128, '3-5'],
  ['05/10/2025 18:00', 'D', 16, '4-3'],
  ['05/10/2025 21:00', 'D', 32, '4-3'],
];
const HEADER = 'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto;RUT cliente';
const LINES = SALES.map(
  ([when, sku, total, customer], i) =>
    `${when};B${i + 1};${sku};Producto ${sku};Almacen;1;${total};${customer}`,
);

describe('Ask: the madrugada runs past midnight, the noche ends at 22:00', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const ask = (question: string) => postQuestion(t.app, token, owner.company.id, question);

  beforeAll(async () => {
    t = await buildTestApp({ askNow: askedOn('2025-10-06') });
    owner = await createOwner(t.db, 'Madrugada');
    token = await loginAs(t.app, owner.email, owner.password);
    await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: `${[HEADER, ...LINES].join('\n')}\n`,
    });
  }, 60_000);
  afterAll(() => t.close());

  it('sums the sales, a product and a ranking of the madrugada from 22:00 to 05:59', async () => {
    const all = await ask('¿Cuánto vendí en la madrugada?');
    expect(all.query?.filters.hours).toEqual({ from: 22, to: 6 });
    expect(all.values.map((v) => v.value)).toEqual([15000]);
    expect(all.answer).toContain('entre 22:00 y 06:00');
    // A product: its weekday × hour cells; the ranking: its lines of those hours.
    expect((await ask('¿Cuánto vendí de producto N en la madrugada?')).values.map((v) => v.value)).toEqual([
      15000,
    ]);
    const ranked = await ask('¿Qué productos se venden más en la madrugada?');
    expect(ranked.values.map((v) => [v.key, v.value])).toEqual([['N', 15000]]);
    // Customers: counted on their lines of those hours.
    expect((await ask('¿Cuántos clientes compraron en la madrugada?')).values.map((v) => v.value)).toEqual([
      2,
    ]);
  });

  it('sums the noche from 18:00 to 21:59', async () => {
    const night = await ask('¿Cuánto vendí en la noche?');
    expect(night.query?.filters.hours).toEqual({ from: 18, to: 22 });
    expect(night.values.map((v) => v.value)).toEqual([48]);
    // No line at all on Mondays: no sales, said as such.
    const none = await ask('¿Cuánto vendí en la madrugada los lunes?');
    expect(none.answer).toBe('No hubo ventas los lunes entre 22:00 y 06:00 en todo el historial.');
  });

  it('says which days the loaded sales cover (its first and last)', async () => {
    const last = await ask('¿Cuándo fue mi última venta?');
    expect(last.kind).toBe('help');
    expect(last.answer).toBe(
      'Tus ventas cargadas van del 4 de octubre de 2025 al 5 de octubre de 2025: la primera es del 4 de octubre de 2025 y la última del 5 de octubre de 2025.',
    );
    expect((await ask('what dates does my data cover')).answer).toBe(
      'Your loaded sales run from October 4, 2025 to October 5, 2025: the first is of October 4, 2025 and the last of October 5, 2025.',
    );
  });

  it('serves the breakdowns of hours past midnight, and refuses an empty span', async () => {
    const url = `/api/v1/companies/${owner.company.id}/products?from=2025-10-04&to=2025-10-05`;
    const madrugada = await t.app.inject({ url: `${url}&hour_from=22&hour_to=6`, headers: bearer(token) });
    expect(madrugada.statusCode, madrugada.body).toBe(200);
    expect(
      (madrugada.json().data as { product_id: string; revenue: number }[]).map((p) => [
        p.product_id,
        p.revenue,
      ]),
    ).toEqual([['N', 15000]]);
    const empty = await t.app.inject({ url: `${url}&hour_from=6&hour_to=6`, headers: bearer(token) });
    expect(empty.statusCode).toBe(400);
  });
});
