import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';

describe('locations', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let viewer: string;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Locales');
    owner = await loginAs(t.app, a.email, a.password);
    viewer = await tokenOf(t.app, await addMember(t.db, a.company.id, 'viewer'));
    base = `/api/v1/companies/${a.company.id}/locations`;
  });
  afterAll(() => t.close());

  it('adds, lists, renames and removes locations, keeping the last one', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: base,
      headers: bearer(owner),
      payload: { name: 'Casa Matriz', address: 'Av. Brasil 1234' },
    });
    expect(first.statusCode).toBe(201);
    const second = await t.app.inject({
      method: 'POST',
      url: base,
      headers: bearer(owner),
      payload: { name: 'Sur' },
    });
    const firstId = first.json().data.id;
    const secondId = second.json().data.id;

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${secondId}`,
      headers: bearer(owner),
      payload: { name: 'Sucursal Sur', address: null },
    });
    expect(renamed.json().data).toMatchObject({ id: secondId, name: 'Sucursal Sur', address: null });

    const list = await t.app.inject({ method: 'GET', url: base, headers: bearer(viewer) });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((l: { name: string }) => l.name)).toEqual(['Casa Matriz', 'Sucursal Sur']);
    expect(list.json().meta.total).toBe(2);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${secondId}`,
      headers: bearer(owner),
    });
    expect(removed.statusCode).toBe(200);
    const last = await t.app.inject({ method: 'DELETE', url: `${base}/${firstId}`, headers: bearer(owner) });
    expect(last.statusCode).toBe(409);
    expect(last.json().error).toMatchObject({
      code: 'CONFLICT',
      message_es: expect.stringContaining('al menos un'),
    });

    const audit = await t.owner.pool.query(`select action from audit_log where company_id = $1 order by id`, [
      a.company.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'location.created',
      'location.created',
      'location.updated',
      'location.deleted',
    ]);
  });

  it('answers 404 for a location that is not there', async () => {
    const missing = `${base}/00000000-0000-4000-8000-000000000000`;
    expect((await t.app.inject({ method: 'DELETE', url: missing, headers: bearer(owner) })).statusCode).toBe(
      404,
    );
    const patch = await t.app.inject({
      method: 'PATCH',
      url: missing,
      headers: bearer(owner),
      payload: { name: 'X' },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('lets viewers look but not change', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: base,
      headers: bearer(viewer),
      payload: { name: 'X' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});
