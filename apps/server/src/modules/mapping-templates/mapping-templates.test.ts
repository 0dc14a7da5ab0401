import { inCompany } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';
import { findTemplateForHeaders, getTemplate, headerKey } from './mapping-templates.service';

const template = (name: string, overrides: Record<string, unknown> = {}) => ({
  name,
  headers: ['Fecha', 'N° Boleta', 'Código', 'Cantidad', 'Total'],
  mapping: {
    Fecha: { field: 'in_dt', date: { order: 'dmy' } },
    'N° Boleta': { field: 'in_trans_id' },
    Código: { field: 'in_product_id' },
    Cantidad: { field: 'in_quantity', number: { decimal: ',', thousands: '.' } },
    Total: { field: 'in_price_total' },
  },
  ...overrides,
});

describe('headerKey', () => {
  it('ignores order, case, accents and extra spaces', () => {
    const a = headerKey(['Fecha', 'Código  Producto', 'TOTAL']);
    expect(a).toBe(headerKey([' total ', 'fecha', 'codigo producto']));
    expect(a).toBe(['codigo producto', 'fecha', 'total'].join('\u001f'));
    expect(a).not.toBe(headerKey(['Fecha', 'Código', 'Total']));
  });
});

describe('mapping templates', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let viewer: string;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Plantillas');
    owner = await loginAs(t.app, a.email, a.password);
    viewer = await tokenOf(t.app, await addMember(t.db, a.company.id, 'viewer'));
    base = `/api/v1/companies/${a.company.id}/mapping-templates`;
  });
  afterAll(() => t.close());

  const post = (token: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: base, headers: bearer(token), payload });

  it('creates, lists newest first, reads, updates and deletes a template, auditing each write', async () => {
    const first = await post(owner, template('Ventas POS'));
    expect(first.statusCode).toBe(201);
    const created = first.json().data;
    expect(created).toMatchObject({ name: 'Ventas POS', headers: template('x').headers });
    expect(created.mapping.Fecha).toEqual({ field: 'in_dt', date: { order: 'dmy' } });
    const second = await post(owner, template('Boletas', { headers: ['Fecha'], mapping: {} }));
    expect(second.statusCode).toBe(201);

    const list = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((x: { name: string }) => x.name)).toEqual(['Boletas', 'Ventas POS']);
    expect(list.json().meta.total).toBe(2);

    const url = `${base}/${created.id}`;
    const got = await t.app.inject({ method: 'GET', url, headers: bearer(owner) });
    expect(got.json().data).toEqual(created);

    const patched = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(owner),
      payload: { name: 'Ventas caja', mapping: { Fecha: { field: 'in_dt' }, Total: { field: null } } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({
      id: created.id,
      name: 'Ventas caja',
      headers: created.headers,
      mapping: { Fecha: { field: 'in_dt' }, Total: { field: null } },
    });
    expect(Date.parse(patched.json().data.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));

    const removed = await t.app.inject({ method: 'DELETE', url, headers: bearer(owner) });
    expect(removed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: bearer(owner) })).statusCode).toBe(404);
    await t.app.inject({ method: 'DELETE', url: `${base}/${second.json().data.id}`, headers: bearer(owner) });

    const audit = await t.owner.pool.query(
      `select action, target_id from audit_log where company_id = $1 and action like 'mapping_template.%' order by id`,
      [a.company.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'mapping_template.created',
      'mapping_template.created',
      'mapping_template.updated',
      'mapping_template.deleted',
      'mapping_template.deleted',
    ]);
    expect(audit.rows[0].target_id).toBe(created.id);
  });

  it('answers 409 in Spanish and English to a duplicate name, on create and on rename', async () => {
    expect((await post(owner, template('Duplicada'))).statusCode).toBe(201);
    const dup = await post(owner, template('Duplicada'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already exists'),
      message_es: expect.stringContaining('Ya existe'),
    });

    const other = (await post(owner, template('Otra'))).json().data;
    const rename = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${other.id}`,
      headers: bearer(owner),
      payload: { name: 'Duplicada' },
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error.code).toBe('CONFLICT');
  });

  it('rejects mappings of unknown headers and fields mapped twice (400)', async () => {
    const unknown = await post(
      owner,
      template('Mala', {
        headers: ['Fecha'],
        mapping: { Fecha: { field: 'in_dt' }, Monto: { field: null } },
      }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_ERROR');
    expect(unknown.json().error.details).toEqual([
      { field: 'body.mapping.Monto', message: expect.stringContaining('"Monto"') },
    ]);

    const twice = await post(
      owner,
      template('Doble', {
        headers: ['Total', 'Monto'],
        mapping: { Total: { field: 'in_price_total' }, Monto: { field: 'in_price_total' } },
      }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.code).toBe('VALIDATION_ERROR');
    expect(twice.json().error.details[0].message).toMatch(/in_price_total.*"Total".*"Monto"/);

    const badField = await post(
      owner,
      template('Campo', { headers: ['X'], mapping: { X: { field: 'nope' } } }),
    );
    expect(badField.statusCode).toBe(400);
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `${base}/00000000-0000-4000-8000-000000000000`,
      headers: bearer(owner),
      payload: {},
    });
    expect(empty.statusCode).toBe(400);

    // Dropping a mapped header through PATCH is checked against the stored mapping.
    const kept = (await post(owner, template('Cambio de encabezados'))).json().data;
    const dropped = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${kept.id}`,
      headers: bearer(owner),
      payload: { headers: ['Fecha', 'Total'] },
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json().error.details.map((d: { field: string }) => d.field)).toContain(
      'body.mapping.Cantidad',
    );
  });

  it('lets viewers list and read but not create, change or delete (403)', async () => {
    const mine = (await post(owner, template('Para mirar'))).json().data;
    const list = await t.app.inject({ method: 'GET', url: base, headers: bearer(viewer) });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((x: { id: string }) => x.id)).toContain(mine.id);
    const read = await t.app.inject({ method: 'GET', url: `${base}/${mine.id}`, headers: bearer(viewer) });
    expect(read.statusCode).toBe(200);

    const create = await post(viewer, template('No'));
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('FORBIDDEN');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${mine.id}`,
      headers: bearer(viewer),
      payload: { name: 'No' },
    });
    expect(patch.statusCode).toBe(403);
    const del = await t.app.inject({ method: 'DELETE', url: `${base}/${mine.id}`, headers: bearer(viewer) });
    expect(del.statusCode).toBe(403);
  });

  it("answers 404 for another company's template, through its own company id too", async () => {
    const b = await createOwner(t.db, 'Otra empresa');
    const ownerB = await loginAs(t.app, b.email, b.password);
    const mine = (await post(owner, template('Solo de A'))).json().data;
    const baseB = `/api/v1/companies/${b.company.id}/mapping-templates`;
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({
        method,
        url: `${baseB}/${mine.id}`,
        headers: bearer(ownerB),
        ...(method === 'PATCH' ? { payload: { name: 'Robada' } } : {}),
      });
      expect(res.statusCode, method).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const list = await t.app.inject({ method: 'GET', url: baseB, headers: bearer(ownerB) });
    expect(list.json().data).toEqual([]);
    const theirs = await t.app.inject({ method: 'GET', url: `${base}/${mine.id}`, headers: bearer(ownerB) });
    expect(theirs.statusCode).toBe(404);
  });

  it('finds the newest template for headers in any order and spelling, only in its own company', async () => {
    const c = await createOwner(t.db, 'Reconocer');
    const tokenC = await loginAs(t.app, c.email, c.password);
    const baseC = `/api/v1/companies/${c.company.id}/mapping-templates`;
    const payload = (name: string, field: 'in_price_total' | 'in_price_unit') => ({
      name,
      headers: ['Fecha', 'Código', 'Monto'],
      mapping: { Fecha: { field: 'in_dt' }, Código: { field: 'in_product_id' }, Monto: { field } },
    });
    const older = await t.app.inject({
      method: 'POST',
      url: baseC,
      headers: bearer(tokenC),
      payload: payload('Antigua', 'in_price_unit'),
    });
    expect(older.statusCode).toBe(201);
    const newer = (
      await t.app.inject({
        method: 'POST',
        url: baseC,
        headers: bearer(tokenC),
        payload: payload('Nueva', 'in_price_total'),
      })
    ).json().data;

    const fileHeaders = ['MONTO', ' codigo ', 'fecha'];
    const found = await inCompany(t.db.db, c.company.id, (tx) =>
      findTemplateForHeaders(tx, c.company.id, fileHeaders),
    );
    expect(found).toEqual({
      id: newer.id,
      name: 'Nueva',
      mapping: {
        fecha: { field: 'in_dt' },
        ' codigo ': { field: 'in_product_id' },
        MONTO: { field: 'in_price_total' },
      },
    });

    const missing = await inCompany(t.db.db, c.company.id, (tx) =>
      findTemplateForHeaders(tx, c.company.id, ['Fecha', 'Código']),
    );
    expect(missing).toBeNull();
    // Company A has no template with these headers; C's are invisible to it.
    const elsewhere = await inCompany(t.db.db, a.company.id, (tx) =>
      findTemplateForHeaders(tx, a.company.id, fileHeaders),
    );
    expect(elsewhere).toBeNull();
    const crossed = await inCompany(t.db.db, a.company.id, (tx) => getTemplate(tx, a.company.id, newer.id));
    expect(crossed).toBeNull();
    const own = await inCompany(t.db.db, c.company.id, (tx) => getTemplate(tx, c.company.id, newer.id));
    expect(own).toMatchObject({ id: newer.id, name: 'Nueva', headers: ['Fecha', 'Código', 'Monto'] });
  });
});
