import { describe, expect, it } from 'vitest';
import { postQuestion, useAskCompany } from '../../../test/ask-client';
import { bearer, createOwner, loginAs } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

/*
 * Commissions through Ask, against what PostgreSQL sums from the stored lines. A POS export
 * with the seller's commission per line: blank on some lines, taken back by a credit note.
 */
const HEADER =
  'Fecha venta;Tipo documento;N° doc. venta;SKU;Categoría;Sucursal;Cantidad;Total neto;Total comisión';
const LINES = [
  '01/10/2025 10:00;Boleta;101;P-01;Pan;Centro;2;$ 8.908;89',
  '01/10/2025 10:00;Boleta;101;P-02;Lácteos;Centro;1;$ 4.370;43,7',
  '01/10/2025 12:30;Boleta;102;P-01;Pan;Norte;1;$ 4.454;',
  '02/10/2025 09:15;Factura;103;P-03;Lácteos;Norte;3;$ 13.109;131',
  '02/10/2025 17:40;Nota de crédito;104;P-01;Pan;Centro;1;$ 4.454;44,5',
  '03/11/2025 11:00;Boleta;201;P-02;Lácteos;Centro;2;$ 8.740;87,4',
  '03/11/2025 11:05;Boleta;202;P-03;Lácteos;Norte;1;$ 4.370;',
];

describe('Ask: commissions, when the file has them', () => {
  const company = useAskCompany({
    askedOn: '2025-11-03',
    name: 'Comisiones',
    csv: `${[HEADER, ...LINES].join('\r\n')}\r\n`,
  });
  const ask = (question: string, language: 'es' | 'en' = 'es') => company.ask(question, language);
  const sqlSum = (from: string, to: string, by?: string) => company.sqlSums('commission', from, to, by);

  it('answers a month, a day and a comparison with the sums of the stored lines', async () => {
    const october = await ask('¿Cuánta comisión pagué en octubre?');
    expect(october.query).toMatchObject({ intent: 'value', metric: 'commission' });
    const [[, octoberSum]] = (await sqlSum('2025-10-01', '2025-10-31')) as [[string, number]];
    expect(octoberSum).toBe(219.2);
    expect(october.values[0]?.value).toBe(octoberSum);
    expect(october.answer).toMatch(/^Comisiones en octubre/);

    const day = await ask('comisiones del 2 de octubre');
    expect(day.values[0]?.value).toBe((await sqlSum('2025-10-02', '2025-10-02'))[0]?.[1]);

    const compared = await ask('how much commission did we pay last month vs this month', 'en');
    expect(compared.query).toMatchObject({ metric: 'commission' });
    expect(compared.answer).toMatch(/^Commissions in October 2025/);
    expect([compared.values[0]?.value, compared.values[0]?.previous]).toEqual([219.2, 87.4]);
  });

  it('ranks products and branches by their commissions, as SQL groups them', async () => {
    const products = await ask('¿Qué productos dejaron más comisiones en octubre?');
    expect(products.query).toMatchObject({ intent: 'ranking', metric: 'commission', by: 'product' });
    const bySku = (await sqlSum('2025-10-01', '2025-10-31', 'sku')).filter(([, value]) => value !== null);
    // P-01: 89 on a sale, none on another, −44.5 on the credit note.
    expect(bySku).toEqual([
      ['P-03', 131],
      ['P-01', 44.5],
      ['P-02', 43.7],
    ]);
    expect(products.values.map((v) => [v.key, v.value])).toEqual(bySku);
    const branches = await ask('comisiones por sucursal este año');
    expect(branches.query).toMatchObject({ intent: 'ranking', metric: 'commission', by: 'location' });
    expect(branches.values.map((v) => [v.key, v.value])).toEqual(
      await sqlSum('2025-01-01', '2025-12-31', 'location_name'),
    );
    // The link opens the branches sorted by commission, with the same figures.
    expect(branches.link).toContain('sort=-commission');
    const { t, owner, token } = company;
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/locations/sales?from=2025-01-01&to=2025-12-31&sort=-commission`,
      headers: bearer(token),
    });
    expect(view.statusCode, view.body).toBe(200);
    const rows = view.json().data as { location: string; commission: number | null }[];
    expect(rows.map((row) => [row.location, row.commission])).toEqual(
      branches.values.map((v) => [v.key, v.value]),
    );
  });

  it('answers the sellers’ commissions together, and refuses them per seller', async () => {
    const together = await ask('comisiones de los vendedores en noviembre');
    expect(together.values[0]?.value).toBe(87.4);
    for (const question of ['¿cuánta comisión ganó cada vendedor?', 'comisiones por vendedor']) {
      const refused = await ask(question);
      expect(refused.kind, question).toBe('unanswerable');
    }
  });

  it('says a file without commissions has none, not that they were zero', async () => {
    const { t } = company;
    const other = await createOwner(t.db, 'Sin comisiones');
    const otherToken = await loginAs(t.app, other.email, other.password);
    const content = 'Fecha;Boleta;SKU;Cantidad;Total\r\n01/10/2025 10:00;1;P-01;1;1000\r\n';
    const upload = await uploadAndWait(t.app, otherToken, other.company.id, { name: 'v.csv', content });
    expect(upload.status).toBe('completed');
    const answer = await postQuestion(
      t.app,
      otherToken,
      other.company.id,
      '¿cuánta comisión pagué en octubre?',
      'es',
    );
    expect(answer.query).toMatchObject({ metric: 'commission' });
    expect(answer.values[0]?.value).toBeNull();
    expect(answer.answer).toMatch(/No hay datos de comisiones/);
    // Nor a list of products or months «sin dato».
    for (const question of ['¿qué productos dejaron más comisiones?', 'comisiones por mes este año']) {
      const listed = await postQuestion(t.app, otherToken, other.company.id, question, 'es');
      expect(listed.query?.metric, question).toBe('commission');
      expect(listed.answer, question).toMatch(/^No hay datos de comisiones/);
    }
  });
});
