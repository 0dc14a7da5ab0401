import type { CreateInvitationRequest, Invitation, RevokedInvitation, Role } from '@ayni/contracts';
import {
  findLiveCompany,
  findUserById,
  type InvitationRow,
  inCompany,
  insertInvitation,
  isMemberByEmail,
  listPendingInvitations,
  revokeInvitation as revokeInvitationRow,
  revokeInvitationsFor,
} from '@ayni/db';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import type { Mailer } from '../../lib/mailer/mailer';
import { authorize } from '../../lib/permissions';
import { assertMayTouchOwner } from '../members/members.service';
import { invitationLink, invitationMail } from './invitation-mail';
import { newInvitationToken } from './invitation-token';

export const INVITATION_VALID_DAYS = 7;

export interface InvitationDeps {
  mailer: Mailer;
  /** Base URL of the web app, for the link in the e-mail. */
  publicUrl: string;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    invited_by: row.invitedBy,
    expires_at: row.expiresAt.toISOString(),
    created_at: row.createdAt.toISOString(),
  };
}

/**
 * Invites someone by e-mail (a new invitation replaces a pending one for the same address).
 * The e-mail goes out after the commit, so no transaction waits on the mail server; if it cannot
 * be sent the caller gets 503 and simply invites again (which replaces this invitation).
 */
export async function createInvitation(
  ctx: ServiceContext,
  deps: InvitationDeps,
  input: CreateInvitationRequest,
): Promise<Invitation> {
  authorize(ctx, 'manage_members');
  assertMayTouchOwner(ctx, input.role);
  const email = input.email.trim().toLowerCase();
  const { token, hash } = newInvitationToken();
  const { row, mail } = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const company = await findLiveCompany(tx, ctx.companyId);
    if (!company) throw notFound('Company');
    if (await isMemberByEmail(tx, ctx.companyId, email)) {
      throw new AppError('CONFLICT', 'This person is already a member of the company', {
        messageEs: 'Esta persona ya es miembro de la empresa',
        details: [{ field: 'body.email', message: 'already a member' }],
      });
    }
    const replaced = await revokeInvitationsFor(tx, ctx.companyId, email);
    const row = await insertInvitation(tx, ctx.companyId, {
      email,
      role: input.role,
      tokenHash: hash,
      invitedBy: ctx.userId,
      validDays: INVITATION_VALID_DAYS,
    });
    await audit(tx, ctx, 'invitation.created', {
      type: 'invitation',
      id: row.id,
      metadata: { email, role: input.role, replaced },
    });
    const inviter = await findUserById(tx, ctx.userId);
    const mail = invitationMail({
      to: email,
      companyName: company.name,
      inviterName: inviter?.name ?? 'AYNI',
      role: input.role,
      link: invitationLink(deps.publicUrl, token),
      expiresAt: row.expiresAt,
    });
    return { row, mail };
  });
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    ctx.log.error({ err, invitation_id: row.id }, 'invitation e-mail could not be sent');
    throw new AppError('SERVICE_UNAVAILABLE', 'The invitation e-mail could not be sent: invite again', {
      messageEs: 'No se pudo enviar el correo de invitación: vuelve a invitar',
    });
  }
  return toInvitation(row);
}

/** Invitations still waiting for an answer (not accepted, revoked or expired). */
export async function listInvitations(ctx: ServiceContext): Promise<Invitation[]> {
  authorize(ctx, 'manage_members');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listPendingInvitations(tx, ctx.companyId));
  return rows.map(toInvitation);
}

export async function revokeInvitation(
  ctx: ServiceContext,
  invitationId: string,
): Promise<RevokedInvitation> {
  authorize(ctx, 'manage_members');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const row = await revokeInvitationRow(tx, ctx.companyId, invitationId);
    if (!row?.revokedAt) throw notFound('Invitation');
    // Throwing here rolls the revocation back: admins cannot undo an owner's owner invitation.
    assertMayTouchOwner(ctx, row.role);
    await audit(tx, ctx, 'invitation.revoked', {
      type: 'invitation',
      id: row.id,
      metadata: { email: row.email, role: row.role },
    });
    return { id: row.id, revoked_at: row.revokedAt.toISOString() };
  });
}
