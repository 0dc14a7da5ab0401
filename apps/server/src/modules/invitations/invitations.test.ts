import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, createUser, tokenOf } from '../../../test/people';

describe('invitations', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let admin: string;
  let viewer: string;
  let base: string;

  const invite = (token: string, email: string, role = 'finance') =>
    t.app.inject({ method: 'POST', url: base, headers: bearer(token), payload: { email, role } });
  const accept = (token: string, invitationToken: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: bearer(token),
      payload: { token: invitationToken },
    });
  /** The token from the link in the last e-mail sent to `email`. */
  const tokenFromOutbox = async (email: string) => {
    const mail = await t.owner.pool.query(
      `select subject, text from email_outbox where "to" = $1 order by created_at desc limit 1`,
      [email.toLowerCase()],
    );
    const text: string = mail.rows[0]?.text ?? '';
    const match = text.match(/http:\/\/localhost:3000\/invitations\/accept\?token=([A-Za-z0-9_-]+)/);
    if (!match?.[1]) throw new Error(`no invitation link in the mail to ${email}: ${text}`);
    return { token: match[1], subject: mail.rows[0].subject as string, text };
  };

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Invita');
    owner = await loginAs(t.app, a.email, a.password);
    admin = await tokenOf(t.app, await addMember(t.db, a.company.id, 'admin'));
    viewer = await tokenOf(t.app, await addMember(t.db, a.company.id, 'viewer'));
    base = `/api/v1/companies/${a.company.id}/invitations`;
  });
  afterAll(() => t.close());

  it('invites by e-mail and lets the invitee join with the role, once', async () => {
    const invitee = await createUser(t.db, 'Inés Invitada', `ines-${Date.now()}@example.cl`);
    const created = await invite(admin, invitee.email.toUpperCase(), 'finance');
    expect(created.statusCode).toBe(201);
    const invitation = created.json().data;
    expect(invitation).toMatchObject({ email: invitee.email, role: 'finance' });
    expect(invitation).not.toHaveProperty('token');
    const days = (Date.parse(invitation.expires_at) - Date.parse(invitation.created_at)) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    const mail = await tokenFromOutbox(invitee.email);
    expect(mail.subject).toContain('Invita SpA');
    expect(mail.text).toContain('finanzas');
    const stored = await t.owner.pool.query(`select token_hash from invitations where id = $1`, [
      invitation.id,
    ]);
    expect(stored.rows[0].token_hash).not.toContain(mail.token);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const pending = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(pending.json().data.map((i: { id: string }) => i.id)).toContain(invitation.id);

    const inviteeToken = await tokenOf(t.app, invitee);
    const joined = await accept(inviteeToken, mail.token);
    expect(joined.statusCode).toBe(200);
    expect(joined.json().data.company).toMatchObject({
      id: a.company.id,
      role: 'finance',
      default_dashboard: 'finance',
    });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/companies',
      headers: bearer(inviteeToken),
    });
    expect(mine.json().data.map((c: { id: string }) => c.id)).toEqual([a.company.id]);

    const again = await accept(inviteeToken, mail.token);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message_es).toBeTruthy();
    const after = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(after.json().data.map((i: { id: string }) => i.id)).not.toContain(invitation.id);

    const audit = await t.owner.pool.query(
      `select action, user_id from audit_log where company_id = $1 and target_id = $2 order by id`,
      [a.company.id, invitation.id],
    );
    expect(audit.rows).toEqual([
      { action: 'invitation.created', user_id: expect.any(String) },
      { action: 'invitation.accepted', user_id: invitee.user.id },
    ]);
  });

  it('refuses an invitation addressed to someone else (403)', async () => {
    const invited = `otra-${Date.now()}@example.cl`;
    await invite(owner, invited, 'viewer');
    const { token } = await tokenFromOutbox(invited);
    const intruder = await createUser(t.db, 'Intrusa');
    const res = await accept(await tokenOf(t.app, intruder), token);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message_es: expect.stringContaining('otro correo'),
    });
  });

  it('refuses an expired invitation with a bilingual message', async () => {
    const invitee = await createUser(t.db, 'Tardía');
    const created = await invite(owner, invitee.email, 'viewer');
    const { token } = await tokenFromOutbox(invitee.email);
    await t.owner.pool.query(
      `update invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [created.json().data.id],
    );
    const res = await accept(await tokenOf(t.app, invitee), token);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message: expect.stringContaining('expired'),
      message_es: expect.stringContaining('expiró'),
    });
    const pending = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(pending.json().data.map((i: { id: string }) => i.id)).not.toContain(created.json().data.id);
  });

  it('revokes an invitation; its link stops working; a new one replaces a pending one', async () => {
    const invitee = await createUser(t.db, 'Revocada');
    const first = await invite(owner, invitee.email, 'viewer');
    const { token: firstToken } = await tokenFromOutbox(invitee.email);
    const second = await invite(owner, invitee.email, 'marketing');
    const { token: secondToken } = await tokenFromOutbox(invitee.email);
    const inviteeToken = await tokenOf(t.app, invitee);
    // The second invitation replaced the first.
    expect((await accept(inviteeToken, firstToken)).json().error.code).toBe('VALIDATION_ERROR');

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${second.json().data.id}`,
      headers: bearer(admin),
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().data.id).toBe(second.json().data.id);
    const res = await accept(inviteeToken, secondToken);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message_es).toContain('revocada');
    const twice = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${second.json().data.id}`,
      headers: bearer(admin),
    });
    expect(twice.statusCode).toBe(404);
    expect(first.statusCode).toBe(201);
  });

  it('answers 404 to a token that does not exist', async () => {
    const res = await accept(owner, 'x'.repeat(43));
    expect(res.statusCode).toBe(404);
  });

  it('refuses to invite someone who already is a member (409)', async () => {
    const res = await invite(owner, a.email.toUpperCase(), 'viewer');
    expect(res.statusCode).toBe(409);
  });

  it('refuses an invitation accepted by someone who is already a member (409), and keeps it pending', async () => {
    const invitee = await createUser(t.db, 'Ya Miembro');
    const created = await invite(owner, invitee.email, 'viewer');
    expect(created.statusCode).toBe(201);
    const { token } = await tokenFromOutbox(invitee.email);
    // Joined some other way (another invitation, an owner's direct add) while this one waited.
    await t.owner.pool.query(
      `insert into memberships (company_id, user_id, role) values ($1, $2, 'finance')`,
      [a.company.id, invitee.user.id],
    );
    const res = await accept(await tokenOf(t.app, invitee), token);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'You are already a member of this company',
      message_es: 'Ya eres miembro de esta empresa',
    });
    // Nothing changed: the role stays, the invitation is not marked accepted, no audit entry.
    const state = await t.owner.pool.query(
      `select m.role, i.accepted_at,
              (select count(*)::int from audit_log l where l.company_id = $1 and l.target_id = i.id::text
                 and l.action = 'invitation.accepted') as accepted_entries
         from memberships m, invitations i
        where m.company_id = $1 and m.user_id = $2 and i.id = $3`,
      [a.company.id, invitee.user.id, created.json().data.id],
    );
    expect(state.rows).toEqual([{ role: 'finance', accepted_at: null, accepted_entries: 0 }]);
  });

  it('lets only members who manage members invite, and only owners invite owners', async () => {
    expect((await invite(viewer, 'v@example.cl')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: base, headers: bearer(viewer) })).statusCode).toBe(403);
    const asOwner = await invite(admin, 'futuro-dueno@example.cl', 'owner');
    expect(asOwner.statusCode).toBe(403);
    expect((await invite(owner, 'futuro-dueno@example.cl', 'owner')).statusCode).toBe(201);
    const { rows } = await t.owner.pool.query(
      `select id from invitations where email = 'futuro-dueno@example.cl'`,
    );
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${rows[0].id}`,
      headers: bearer(admin),
    });
    expect(revoke.statusCode).toBe(403);
    const still = await t.app.inject({ method: 'GET', url: base, headers: bearer(owner) });
    expect(still.json().data.map((i: { id: string }) => i.id)).toContain(rows[0].id);
  });

  it('does not let a member of a deleted company in', async () => {
    const b = await createOwner(t.db, 'Borrada');
    const bOwner = await loginAs(t.app, b.email, b.password);
    const invitee = await createUser(t.db, 'Llega Tarde');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${b.company.id}/invitations`,
      headers: bearer(bOwner),
      payload: { email: invitee.email, role: 'viewer' },
    });
    const { token } = await tokenFromOutbox(invitee.email);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${b.company.id}`,
      headers: bearer(bOwner),
    });
    const res = await accept(await tokenOf(t.app, invitee), token);
    expect(res.statusCode).toBe(404);
  });
});
