import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, silentLog, type TestApp } from '../../../test/helpers';
import type { ServiceContext } from '../../lib/context';
import { invitationLink, invitationMail } from './invitation-mail';
import { createInvitation } from './invitations.service';

describe('invitation e-mail', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Correo');
  });
  afterAll(() => t.close());

  it('links to the web app and says it in Spanish first', () => {
    expect(invitationLink('https://app.ayni.cl/', 'abc-_1')).toBe(
      'https://app.ayni.cl/invitations/accept?token=abc-_1',
    );
    const mail = invitationMail({
      to: 'x@example.cl',
      companyName: 'Almacén Don Pepe',
      inviterName: 'María',
      role: 'operations',
      link: 'https://app.ayni.cl/invitations/accept?token=t',
      expiresAt: new Date('2026-12-01T12:00:00Z'),
    });
    expect(mail.subject).toMatch(/^Invitación a Almacén Don Pepe/);
    expect(mail.text).toContain('María te invitó a unirte a Almacén Don Pepe en AYNI con el rol operaciones');
    expect(mail.text).toContain('2026-12-01');
    expect(mail.text.indexOf('invited you')).toBeGreaterThan(mail.text.indexOf('te invitó'));
  });

  it('answers 503 when the e-mail cannot be sent; inviting again replaces that invitation', async () => {
    const ctx: ServiceContext = {
      companyId: a.company.id,
      userId: a.user.id,
      role: 'owner',
      db: t.db.db,
      log: silentLog,
      requestId: 'test',
      origin: { ip: null, userAgent: null },
    };
    const broken = {
      send: async () => {
        throw new Error('smtp down');
      },
    };
    await expect(
      createInvitation(
        ctx,
        { mailer: broken, publicUrl: 'http://x' },
        { email: 'caida@example.cl', role: 'viewer' },
      ),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', options: { messageEs: expect.any(String) } });

    const token = await loginAs(t.app, a.email, a.password);
    const url = `/api/v1/companies/${a.company.id}/invitations`;
    const again = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(token),
      payload: { email: 'caida@example.cl', role: 'viewer' },
    });
    expect(again.statusCode).toBe(201);
    const pending = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
    expect(pending.json().data).toEqual([expect.objectContaining({ id: again.json().data.id })]);
  });
});
