import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';

describe('members and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  /** A company with an owner, and an admin, a finance member and a viewer, all signed in. */
  async function team() {
    const a = await createOwner(t.db, 'Equipo');
    const people = {
      admin: await addMember(t.db, a.company.id, 'admin', 'Ana Admin'),
      finance: await addMember(t.db, a.company.id, 'finance', 'Fede Finanzas'),
      viewer: await addMember(t.db, a.company.id, 'viewer', 'Vera Vista'),
    };
    const tokens = {
      owner: await loginAs(t.app, a.email, a.password),
      admin: await tokenOf(t.app, people.admin),
      finance: await tokenOf(t.app, people.finance),
      viewer: await tokenOf(t.app, people.viewer),
    };
    const base = `/api/v1/companies/${a.company.id}/members`;
    const patch = (token: string, userId: string, role: string) =>
      t.app.inject({ method: 'PATCH', url: `${base}/${userId}`, headers: bearer(token), payload: { role } });
    const remove = (token: string, userId: string) =>
      t.app.inject({ method: 'DELETE', url: `${base}/${userId}`, headers: bearer(token) });
    const roles = async () =>
      Object.fromEntries(
        (
          await t.owner.pool.query(
            `select u.name, m.role from memberships m join users u on u.id = m.user_id where m.company_id = $1`,
            [a.company.id],
          )
        ).rows.map((r) => [r.name, r.role]),
      );
    return { a, people, tokens, base, patch, remove, roles };
  }

  it('lists members with name, e-mail and role to any member', async () => {
    const { a, people, tokens, base } = await team();
    const res = await t.app.inject({ method: 'GET', url: base, headers: bearer(tokens.viewer) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([
      expect.objectContaining({ user_id: a.user.id, email: a.email, role: 'owner' }),
      expect.objectContaining({ user_id: people.admin.user.id, name: 'Ana Admin', role: 'admin' }),
      expect.objectContaining({
        user_id: people.finance.user.id,
        email: people.finance.email,
        role: 'finance',
      }),
      expect.objectContaining({ user_id: people.viewer.user.id, role: 'viewer' }),
    ]);
    expect(res.json().meta.total).toBe(4);
  });

  it('lets admins change roles other than owner, and audits it', async () => {
    const { a, people, tokens, patch, roles } = await team();
    const res = await patch(tokens.admin, people.finance.user.id, 'marketing');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ user_id: people.finance.user.id, role: 'marketing' });
    expect((await roles())['Fede Finanzas']).toBe('marketing');
    const audit = await t.owner.pool.query(
      `select user_id, action, target_type, target_id, metadata from audit_log where company_id = $1`,
      [a.company.id],
    );
    expect(audit.rows).toEqual([
      {
        user_id: people.admin.user.id,
        action: 'member.role_changed',
        target_type: 'user',
        target_id: people.finance.user.id,
        metadata: { email: people.finance.email, from: 'finance', to: 'marketing' },
      },
    ]);
  });

  it('keeps the owner role for owners to grant and take away', async () => {
    const { a, people, tokens, patch, remove, roles } = await team();
    const promote = await patch(tokens.admin, people.finance.user.id, 'owner');
    expect(promote.statusCode).toBe(403);
    expect(promote.json().error.message_es).toContain('dueño');
    expect((await patch(tokens.admin, people.admin.user.id, 'owner')).statusCode).toBe(403);
    expect((await patch(tokens.admin, a.user.id, 'viewer')).statusCode).toBe(403);
    expect((await remove(tokens.admin, a.user.id)).statusCode).toBe(403);
    expect((await roles())[a.user.name]).toBe('owner');

    expect((await patch(tokens.owner, people.finance.user.id, 'owner')).statusCode).toBe(200);
    expect((await roles())['Fede Finanzas']).toBe('owner');
  });

  it('lets nobody without manage_members change or remove members', async () => {
    const { people, tokens, patch, remove } = await team();
    expect((await patch(tokens.finance, people.viewer.user.id, 'admin')).statusCode).toBe(403);
    expect((await patch(tokens.viewer, people.viewer.user.id, 'admin')).statusCode).toBe(403);
    expect((await remove(tokens.viewer, people.finance.user.id)).statusCode).toBe(403);
  });

  it('never leaves a company without an owner', async () => {
    const { a, people, tokens, patch, remove, roles } = await team();
    const demote = await patch(tokens.owner, a.user.id, 'admin');
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toMatchObject({
      code: 'CONFLICT',
      message_es: expect.stringContaining('dueño'),
    });
    const leave = await remove(tokens.owner, a.user.id);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.message).toMatch(/last owner/);
    expect(leave.json().error.message_es).toMatch(/último dueño/);
    expect((await roles())[a.user.name]).toBe('owner');

    // With a second owner, either may step down, but not both.
    await patch(tokens.owner, people.admin.user.id, 'owner');
    expect((await patch(tokens.admin, a.user.id, 'viewer')).statusCode).toBe(200);
    expect((await patch(tokens.admin, people.admin.user.id, 'viewer')).statusCode).toBe(409);
    expect((await remove(tokens.admin, people.admin.user.id)).statusCode).toBe(409);
  });

  it('keeps an owner when two owners demote each other at the same time', async () => {
    const { a, people, tokens, patch, roles } = await team();
    await patch(tokens.owner, people.admin.user.id, 'owner');
    const results = await Promise.all([
      patch(tokens.owner, people.admin.user.id, 'viewer'),
      patch(tokens.admin, a.user.id, 'viewer'),
    ]);
    // One wins; the other is refused: 409 if it saw the last owner, 403 if its own demotion landed first.
    const [first, second] = results.map((r) => r.statusCode).sort();
    expect(first).toBe(200);
    expect([403, 409]).toContain(second);
    const owners = Object.values(await roles()).filter((r) => r === 'owner');
    expect(owners).toHaveLength(1);
  });

  it('lets members leave, and admins remove members; both are audited', async () => {
    const { a, people, tokens, base, remove } = await team();
    const left = await remove(tokens.viewer, people.viewer.user.id);
    expect(left.statusCode).toBe(200);
    expect(left.json().data).toEqual({ user_id: people.viewer.user.id, left: true });
    const gone = await t.app.inject({ method: 'GET', url: base, headers: bearer(tokens.viewer) });
    expect(gone.statusCode).toBe(404);

    const removed = await remove(tokens.admin, people.finance.user.id);
    expect(removed.json().data).toEqual({ user_id: people.finance.user.id, left: false });
    expect((await remove(tokens.admin, people.finance.user.id)).statusCode).toBe(404);

    const audit = await t.owner.pool.query(
      `select action, user_id, target_id from audit_log where company_id = $1 order by id`,
      [a.company.id],
    );
    expect(audit.rows).toEqual([
      { action: 'member.left', user_id: people.viewer.user.id, target_id: people.viewer.user.id },
      { action: 'member.removed', user_id: people.admin.user.id, target_id: people.finance.user.id },
    ]);
  });
});
