import { REGIONS, rutCheckDigit } from '@ayni/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, companyBody, createUser, tokenOf } from '../../../test/people';

let seq = 0;
/** A fresh valid RUT body and its check digit. */
const newRut = () => {
  const body = String(20_000_000 + 7919 * seq++);
  return { body, dv: rutCheckDigit(body) };
};
const dotted = (body: string) => body.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('companies', () => {
  let t: TestApp;
  let token: string;
  const post = (payload: object, auth = token) =>
    t.app.inject({ method: 'POST', url: '/api/v1/companies', headers: bearer(auth), payload });

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    token = await tokenOf(t.app, await createUser(t.db, 'Fundadora'));
  });
  afterAll(() => t.close());

  it('creates a company with its locations and makes the creator its owner', async () => {
    const { body, dv } = newRut();
    const res = await post(
      companyBody(`${body}-${dv}`, {
        locations: [{ name: 'Casa Matriz' }, { name: 'Sucursal', address: 'X 1' }],
      }),
    );
    expect(res.statusCode).toBe(201);
    const company = res.json().data;
    expect(company).toMatchObject({
      rut: `${body}-${dv}`,
      industry: 'hardware',
      size: 'small',
      region: 'Región de Valparaíso',
      role: 'owner',
      default_dashboard: 'owner',
      timezone: 'America/Santiago',
      is_demo: false,
    });
    expect(company.permissions).toContain('delete_data');
    expect(company.locations.map((l: { name: string }) => l.name)).toEqual(['Casa Matriz', 'Sucursal']);

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/companies', headers: bearer(token) });
    expect(mine.json().data).toContainEqual(
      expect.objectContaining({ id: company.id, role: 'owner', default_dashboard: 'owner' }),
    );
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${company.id}`,
      headers: bearer(token),
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().data.locations).toHaveLength(2);
  });

  it('accepts a RUT in every usual spelling and stores it normalized', async () => {
    const spellings = [
      (b: string, d: string) => `${dotted(b)}-${d}`,
      (b: string, d: string) => `${b}-${d}`,
      (b: string, d: string) => `${b}${d}`,
    ];
    for (const spell of spellings) {
      const { body, dv } = newRut();
      const res = await post(companyBody(spell(body, dv)));
      expect(res.statusCode, spell(body, dv)).toBe(201);
      expect(res.json().data.rut).toBe(`${body}-${dv}`);
    }
    // A K check digit, in lower case: 10.000.013-k.
    const res = await post(companyBody('10.000.013-k'));
    expect(res.statusCode).toBe(201);
    expect(res.json().data.rut).toBe('10000013-K');
  });

  it('rejects a wrong check digit with a bilingual message on the rut field', async () => {
    const res = await post(companyBody('12.345.678-9'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message: 'invalid RUT',
      message_es: 'RUT inválido',
      details: [{ field: 'body.rut', message: 'invalid RUT' }],
    });
  });

  it('answers 409 when the RUT is already registered, whatever its spelling', async () => {
    const { body, dv } = newRut();
    expect((await post(companyBody(`${body}-${dv}`))).statusCode).toBe(201);
    const other = await tokenOf(t.app, await createUser(t.db, 'Otra'));
    const res = await post(companyBody(`${dotted(body)}-${dv}`), other);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', message_es: expect.stringContaining('RUT') });
  });

  it('validates industry, size, region and requires at least one location', async () => {
    const { body, dv } = newRut();
    const rut = `${body}-${dv}`;
    for (const bad of [
      { industry: 'mining' },
      { size: 'huge' },
      { region: 'Valparaíso' },
      { locations: [] },
      { locations: [{ name: '' }] },
      { name: '  ' },
    ]) {
      const res = await post(companyBody(rut, bad));
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    expect(REGIONS).toHaveLength(16);
    expect(REGIONS).toContain('Región Metropolitana de Santiago');
  });

  it('lets owners and admins change the profile, and nobody else', async () => {
    const a = await createOwner(t.db, 'Perfil');
    const owner = await loginAs(t.app, a.email, a.password);
    const admin = await tokenOf(t.app, await addMember(t.db, a.company.id, 'admin'));
    const finance = await tokenOf(t.app, await addMember(t.db, a.company.id, 'finance'));
    const url = `/api/v1/companies/${a.company.id}`;

    const renamed = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(admin),
      payload: { name: 'Nuevo Nombre SpA', region: 'Región de Ñuble' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().data).toMatchObject({
      name: 'Nuevo Nombre SpA',
      region: 'Región de Ñuble',
      role: 'admin',
    });

    const denied = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(finance),
      payload: { name: 'X' },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message_es).toBeTruthy();

    const empty = await t.app.inject({ method: 'PATCH', url, headers: bearer(owner), payload: {} });
    expect(empty.statusCode).toBe(400);

    const { body, dv } = newRut();
    expect((await post(companyBody(`${body}-${dv}`))).statusCode).toBe(201);
    const taken = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(owner),
      payload: { rut: `${body}${dv}` },
    });
    expect(taken.statusCode).toBe(409);

    const audit = await t.owner.pool.query(
      `select action, metadata from audit_log where company_id = $1 order by id`,
      [a.company.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'company.updated',
        metadata: {
          changes: {
            name: { from: 'Perfil SpA', to: 'Nuevo Nombre SpA' },
            region: { from: 'Región de Valparaíso', to: 'Región de Ñuble' },
          },
        },
      },
    ]);
  });

  it('lists my companies with the permissions and landing dashboard of my role there', async () => {
    const a = await createOwner(t.db, 'Roles');
    const marketer = await addMember(t.db, a.company.id, 'marketing');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/companies',
      headers: bearer(await tokenOf(t.app, marketer)),
    });
    expect(res.json().data).toEqual([
      expect.objectContaining({
        id: a.company.id,
        role: 'marketing',
        default_dashboard: 'marketing',
        permissions: ['view_dashboards', 'export'],
      }),
    ]);
  });

  it('requires authentication to create a company', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      payload: companyBody('12345678-5'),
    });
    expect(res.statusCode).toBe(401);
  });
});
