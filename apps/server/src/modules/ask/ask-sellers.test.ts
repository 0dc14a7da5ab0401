import { describe, expect, it } from 'vitest';
import { useAskCompany } from '../../../test/ask-client';
import { SELLER_SALES_CSV } from '../../../test/seller-sales';

/*
 * Sales by seller and by payment method through Ask, against what PostgreSQL sums from the
 * stored lines (SELLER_SALES_CSV: a credit note and a line without seller among them).
 */

describe('Ask: sales by seller and by payment method', () => {
  const company = useAskCompany({
    askedOn: '2025-11-03',
    name: 'Vendedores',
    csv: SELLER_SALES_CSV,
  });
  const ask = (question: string, language: 'es' | 'en' = 'es') => company.ask(question, language);
  const listed = (answer: Awaited<ReturnType<typeof ask>>) => answer.values.map((v) => [v.key, v.value]);
  /** PostgreSQL's sums per seller (or payment method), lines without one left out, largest first. */
  const sqlBy = async (column: string, sum: string, from: string, to: string) =>
    (await company.sqlSums(sum, from, to, column)).filter(([key]) => key !== null);

  it('ranks sellers by sales, commissions and tickets as SQL sums their lines', async () => {
    const sales = await ask('ventas por vendedor en octubre');
    expect(sales.query).toMatchObject({ intent: 'ranking', metric: 'revenue', by: 'seller' });
    const expected = await sqlBy('seller', 'total', '2025-10-01', '2025-10-31');
    // Beto: 30.000 sold, 10.000 taken back; Ana: 10.000 + 5.000 + 4.000.
    expect(expected).toEqual([
      ['Beto', 20000],
      ['Ana', 19000],
    ]);
    expect(listed(sales)).toEqual(expected);
    expect(sales.answer).toMatch(/^Vendedores con más venta neta en octubre/);

    const commissions = await ask('¿cuánta comisión ganó cada vendedor en octubre?');
    expect(commissions.query).toMatchObject({ metric: 'commission', by: 'seller' });
    expect(listed(commissions)).toEqual(await sqlBy('seller', 'commission', '2025-10-01', '2025-10-31'));

    const tickets = await ask('¿cuántas boletas hizo cada vendedor este año?');
    expect(listed(tickets)).toEqual([
      ['Ana', 3],
      ['Beto', 1],
    ]);
    const best = await ask('¿quién vendió más el mes pasado?');
    expect(best.values[0]).toMatchObject({ key: 'Beto', value: 20000 });
  });

  it('ranks payment methods, within a branch too', async () => {
    const methods = await ask('ventas por medio de pago este año');
    expect(methods.query).toMatchObject({ by: 'payment_method' });
    expect(listed(methods)).toEqual(await sqlBy('payment_method', 'total', '2025-01-01', '2025-12-31'));
    expect(listed(methods)).toEqual([
      ['CREDITO', 20000],
      ['EFECTIVO', 17000],
      ['DEBITO', 11000],
    ]);
    const north = await ask('ventas por forma de pago en Norte este año');
    expect(listed(north)).toEqual([
      ['DEBITO', 4000],
      ['EFECTIVO', 2000],
    ]);
  });

  it('refuses one named seller, rather than answering the whole company', async () => {
    const one = await ask('¿cuánto vendió el vendedor Beto en octubre?');
    expect(one.kind).toBe('unanswerable');
  });
});

describe('Ask: sales by seller when the files name none', () => {
  const company = useAskCompany({
    askedOn: '2025-11-03',
    name: 'Sin vendedores',
    csv: 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto\r\n01/10/2025 10:00;1;P-01;1;1000\r\n',
  });

  it('says the files do not say who sold, or how each sale was paid', async () => {
    const sellers = await company.ask('ventas por vendedor');
    expect(sellers.kind).toBe('unanswerable');
    expect(sellers.answer).toMatch(/no dicen quién vendió/);
    const methods = await company.ask('sales by payment method', 'en');
    expect(methods.answer).toMatch(/do not say how each sale was paid/);
  });
});
