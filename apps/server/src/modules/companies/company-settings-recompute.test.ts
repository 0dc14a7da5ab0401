import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuestion } from '../../../test/ask-client';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

/**
 * Settings the stored figures are computed with take effect without another upload: changing
 * the churn days recomputes the customers' rows in the background, with the new value.
 */
describe('a settings change recomputes the stored figures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('marks customers churned after the company own churn days', async () => {
    const owner = await createOwner(t.db, 'Clientes que se van');
    const token = await loginAs(t.app, owner.email, owner.password);
    // The data ends on Nov 30; Ana last bought 100 days before, Berta 40, Carla that day.
    const content = [
      'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente',
      '22/08/2025 10:00;B1;P1;1;5000;11111111-1',
      '21/10/2025 10:00;B2;P1;1;5000;22222222-2',
      '30/11/2025 10:00;B3;P1;1;5000;33333333-3',
    ].join('\n');
    const view = await uploadAndWait(t.app, token, owner.company.id, { name: 'clientes.csv', content });
    expect(view.status).toBe('completed');

    const churned = async () => {
      const res = await t.owner.pool.query<{ entity: string; churned: boolean }>(
        `select entity, (values->>'churned')::boolean as churned from feature_rows
         where company_id = $1 and level = 'customer' order by entity`,
        [owner.company.id],
      );
      return res.rows.map((row) => `${row.entity}:${row.churned}`).join(' ');
    };
    const defaults = '11111111-1:true 22222222-2:false 33333333-3:false';
    expect(await churned()).toBe(defaults);

    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${owner.company.id}/settings`,
      headers: bearer(token),
      payload: { churn_days: 30 },
    });
    expect(res.statusCode).toBe(200);
    const after = await eventually(async () => {
      const now = await churned();
      return now === defaults ? undefined : now;
    });
    expect(after).toBe('11111111-1:true 22222222-2:true 33333333-3:false');

    // Ask states the company's thresholds, and counts with them.
    const ask = async (question: string) =>
      (await postQuestion(t.app, token, owner.company.id, question, 'es')).answer;
    expect(await ask('¿qué clientes perdí?')).toContain(
      'Tienes 2 clientes perdidos (30 días o más sin comprar)',
    );
    expect(await ask('¿qué clientes están en riesgo?')).toContain('(15 días o más sin comprar)');
  });
});
