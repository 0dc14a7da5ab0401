import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';
import { multipart } from '../../../test/upload-helpers';

describe('API keys', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let admin: string;
  let finance: string;
  let base: string;

  const createKey = async (name: string, scopes: string[], token = owner) => {
    const res = await t.app.inject({
      method: 'POST',
      url: base,
      headers: bearer(token),
      payload: { name, scopes },
    });
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: string; key: string; prefix: string; scopes: string[] };
  };
  const asKey = (key: string, method: 'GET' | 'POST' | 'DELETE', url: string, extra = {}) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...extra });

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Llaves');
    b = await createOwner(t.db, 'Otra');
    owner = await loginAs(t.app, a.email, a.password);
    admin = await tokenOf(t.app, await addMember(t.db, a.company.id, 'admin'));
    finance = await tokenOf(t.app, await addMember(t.db, a.company.id, 'finance'));
    base = `/api/v1/companies/${a.company.id}/api-keys`;
  });
  afterAll(() => t.close());

  it('shows the key once, stores only its SHA-256, lists without it and audits creation', async () => {
    const created = await createKey('POS Caja 1', ['analytics:read'], admin);
    expect(created.key).toMatch(/^ayni_[0-9A-Za-z]{32}$/);
    expect(created.prefix).toBe(created.key.slice(0, 9));

    const stored = await t.owner.pool.query('select * from api_keys where id = $1', [created.id]);
    const row = stored.rows[0];
    expect(row.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.key.slice(9));

    const list = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(list.statusCode).toBe(200);
    const listed = list.json().data.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ name: 'POS Caja 1', scopes: ['analytics:read'], revoked_at: null });
    expect(list.body).not.toContain(created.key);

    const audit = await t.owner.pool.query(
      "select action, target_id, metadata from audit_log where company_id = $1 and action like 'api_key.%'",
      [a.company.id],
    );
    expect(audit.rows).toContainEqual(
      expect.objectContaining({ action: 'api_key.created', target_id: created.id }),
    );
    expect(JSON.stringify(audit.rows)).not.toContain(created.key.slice(9));
  });

  it('lets only owners and admins manage keys', async () => {
    const denied = await t.app.inject({
      method: 'POST',
      url: base,
      headers: bearer(finance),
      payload: { name: 'x', scopes: ['uploads:write'] },
    });
    expect(denied.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: base, headers: bearer(finance) })).statusCode).toBe(403);
  });

  it('analytics:read reads figures but cannot upload; uploads:write uploads but cannot read figures', async () => {
    const reader = await createKey('BI', ['analytics:read']);
    const writer = await createKey('POS', ['uploads:write']);
    const company = `/api/v1/companies/${a.company.id}`;

    expect((await asKey(reader.key, 'GET', `${company}/metrics`)).statusCode).toBe(200);
    expect((await asKey(reader.key, 'GET', `${company}/dashboard/summary`)).statusCode).toBe(200);
    const readerPush = await asKey(reader.key, 'POST', `${company}/transactions`, { payload: { lines: [] } });
    expect(readerPush.statusCode).toBe(403);
    expect(readerPush.json().error.details[0].message).toBe('API_KEY_SCOPE_MISSING: uploads:write');
    const file = multipart({ name: 'v.csv', content: 'a,b\n1,2\n' });
    const readerUpload = await t.app.inject({
      method: 'POST',
      url: `${company}/uploads`,
      headers: { 'x-api-key': reader.key, ...file.headers },
      payload: file.payload,
    });
    expect(readerUpload.statusCode).toBe(403);

    const writerRead = await asKey(writer.key, 'GET', `${company}/metrics`);
    expect(writerRead.statusCode).toBe(403);
    expect(writerRead.json().error.details[0].message).toBe('API_KEY_SCOPE_MISSING: analytics:read');
    expect((await asKey(writer.key, 'GET', `${company}/uploads`)).statusCode).toBe(200);

    // Routes outside the table refuse every key, whatever its scopes.
    const members = await asKey(reader.key, 'GET', `${company}/members`);
    expect(members.statusCode).toBe(403);
    expect(members.json().error.details[0].message).toBe('API_KEY_ROUTE_NOT_ALLOWED');
    expect((await asKey(writer.key, 'GET', '/api/v1/auth/me')).statusCode).toBe(403);
    expect((await asKey(reader.key, 'GET', base)).statusCode).toBe(403);
  });

  it("answers 404 for any other company's routes, as for a non-member", async () => {
    const key = await createKey('Ambos', ['analytics:read', 'uploads:write']);
    const other = `/api/v1/companies/${b.company.id}`;
    expect((await asKey(key.key, 'GET', `${other}/metrics`)).statusCode).toBe(404);
    expect((await asKey(key.key, 'GET', `${other}/uploads`)).statusCode).toBe(404);
    expect(
      (await asKey(key.key, 'POST', `${other}/transactions`, { payload: { lines: [] } })).statusCode,
    ).toBe(404);
    expect((await asKey(key.key, 'GET', `${other}/members`)).statusCode).toBe(404);
  });

  it('refuses unknown and revoked keys with 401; revocation is audited', async () => {
    const key = await createKey('Temporal', ['analytics:read']);
    const url = `/api/v1/companies/${a.company.id}/metrics`;
    expect((await asKey(key.key, 'GET', url)).statusCode).toBe(200);
    expect((await asKey(`ayni_${'x'.repeat(32)}`, 'GET', url)).statusCode).toBe(401);

    const denied = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${key.id}`,
      headers: bearer(finance),
    });
    expect(denied.statusCode).toBe(403);
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${key.id}`,
      headers: bearer(owner),
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().data.revoked_at).not.toBeNull();
    const after = await asKey(key.key, 'GET', url);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHORIZED');

    const audit = await t.owner.pool.query(
      "select user_id from audit_log where company_id = $1 and action = 'api_key.revoked' and target_id = $2",
      [a.company.id, key.id],
    );
    expect(audit.rows).toEqual([{ user_id: a.user.id }]);
    // Another company's owner cannot see or revoke it.
    const otherOwner = await loginAs(t.app, b.email, b.password);
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${b.company.id}/api-keys/${key.id}`,
      headers: bearer(otherOwner),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('records last use at most once a minute', async () => {
    const key = await createKey('Uso', ['analytics:read']);
    const url = `/api/v1/companies/${a.company.id}/metrics`;
    const lastUsed = async () =>
      (await t.owner.pool.query('select last_used_at from api_keys where id = $1', [key.id])).rows[0]
        .last_used_at as Date | null;
    expect(await lastUsed()).toBeNull();
    await asKey(key.key, 'GET', url);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await asKey(key.key, 'GET', url);
    expect((await lastUsed())?.getTime()).toBe(first?.getTime());

    // A minute later the next use is recorded again.
    await t.owner.pool.query(
      "update api_keys set last_used_at = now() - interval '2 minutes' where id = $1",
      [key.id],
    );
    const aged = await lastUsed();
    await asKey(key.key, 'GET', url);
    expect((await lastUsed())?.getTime()).toBeGreaterThan(aged?.getTime() ?? 0);
  });

  it("reaches reference data with analytics:read, uploads files with uploads:write, never another company's upload", async () => {
    const reader = await createKey('Catálogo', ['analytics:read']);
    const writer = await createKey('ERP', ['uploads:write']);
    // Company-independent routes behind sign-in follow the same table (the catalog is public).
    const cohorts = '/api/v1/benchmarks/cohorts?industry=retail';
    expect([200, 400]).toContain((await asKey(reader.key, 'GET', cohorts)).statusCode);
    expect((await asKey(writer.key, 'GET', cohorts)).statusCode).toBe(403);
    expect((await asKey(reader.key, 'GET', `/api/v1/companies/${a.company.id}/uploads`)).statusCode).toBe(
      403,
    );

    const file = multipart({
      name: 'ventas.csv',
      content: 'Fecha,Boleta,SKU,Cantidad,Total\n2025-01-02,1,A,1,100\n',
    });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${a.company.id}/uploads`,
      headers: { 'x-api-key': writer.key, ...file.headers },
      payload: file.payload,
    });
    expect(upload.statusCode).toBe(202);
    const uploadId = upload.json().data.id;
    expect((await asKey(writer.key, 'GET', `/api/v1/uploads/${uploadId}`)).statusCode).toBe(200);
    const row = await t.owner.pool.query('select user_id from uploads where id = $1', [uploadId]);
    expect(row.rows).toEqual([{ user_id: null }]);
    // No user acted: the audit entry names the key.
    const audited = await t.owner.pool.query(
      "select user_id, metadata from audit_log where action = 'upload.created' and target_id = $1",
      [uploadId],
    );
    expect(audited.rows).toEqual([
      {
        user_id: null,
        metadata: expect.objectContaining({ api_key: { id: expect.any(String), name: 'ERP' } }),
      },
    ]);

    // B's key cannot see A's upload: 404, as for a stranger.
    const bOwner = await loginAs(t.app, b.email, b.password);
    const bKey = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${b.company.id}/api-keys`,
      headers: bearer(bOwner),
      payload: { name: 'B', scopes: ['uploads:write'] },
    });
    expect((await asKey(bKey.json().data.key, 'GET', `/api/v1/uploads/${uploadId}`)).statusCode).toBe(404);
  });

  it('answers 404 once its company is deleted', async () => {
    const c = await createOwner(t.db, 'Cerrada');
    const cOwner = await loginAs(t.app, c.email, c.password);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${c.company.id}/api-keys`,
      headers: bearer(cOwner),
      payload: { name: 'BI', scopes: ['analytics:read'] },
    });
    const key = created.json().data.key;
    const url = `/api/v1/companies/${c.company.id}/metrics`;
    expect((await asKey(key, 'GET', url)).statusCode).toBe(200);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${c.company.id}`,
      headers: bearer(cOwner),
    });
    expect(deleted.statusCode).toBe(200);
    expect((await asKey(key, 'GET', url)).statusCode).toBe(404);
  });
});
