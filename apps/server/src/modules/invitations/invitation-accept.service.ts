import type { AcceptedInvitation, Role } from '@ayni/contracts';
import {
  type Database,
  findInvitationByTokenHash,
  findLiveCompany,
  findUserById,
  inCompany,
  insertMembership,
  markInvitationAccepted,
  withTenant,
} from '@ayni/db';
import { AppError, notFound, unauthorized } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { RequestOrigin } from '../../lib/context';
import { toMyCompany } from '../companies/company-view';
import { hashInvitationToken } from './invitation-token';

const tokenDetail = (message: string) => [{ field: 'body.token', message }];

/**
 * The signed-in user accepts an invitation with the token from the e-mail. It must be theirs
 * (same e-mail address), still pending and not expired.
 */
export async function acceptInvitation(
  db: Database,
  actor: { userId: string; origin: RequestOrigin },
  token: string,
): Promise<AcceptedInvitation> {
  const tokenHash = hashInvitationToken(token);
  // The invitee has no company yet: the token's hash alone makes this one invitation visible.
  const invitation = await withTenant(db, { invitationTokenHash: tokenHash }, (tx) =>
    findInvitationByTokenHash(tx, tokenHash),
  );
  if (!invitation) throw notFound('Invitation');
  const user = await findUserById(db, actor.userId);
  if (!user) throw unauthorized();
  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    throw new AppError('FORBIDDEN', 'This invitation was sent to another e-mail address', {
      messageEs: 'Esta invitación fue enviada a otro correo electrónico',
    });
  }
  if (invitation.acceptedAt) {
    throw new AppError('CONFLICT', 'This invitation was already accepted', {
      messageEs: 'Esta invitación ya fue aceptada',
    });
  }
  if (invitation.revokedAt) {
    throw new AppError('VALIDATION_ERROR', 'This invitation was revoked', {
      messageEs: 'Esta invitación fue revocada',
      details: tokenDetail('revoked'),
    });
  }
  if (invitation.expired) {
    throw new AppError('VALIDATION_ERROR', 'This invitation has expired: ask for a new one', {
      messageEs: 'Esta invitación expiró: pide una nueva',
      details: tokenDetail('expired'),
    });
  }
  const { companyId } = invitation;
  const role = invitation.role as Role;
  return inCompany(db, companyId, async (tx) => {
    const company = await findLiveCompany(tx, companyId);
    if (!company) throw notFound('Company');
    if (!(await insertMembership(tx, companyId, actor.userId, role))) {
      throw new AppError('CONFLICT', 'You are already a member of this company', {
        messageEs: 'Ya eres miembro de esta empresa',
      });
    }
    // Checked again under the write: a revocation or acceptance that just landed wins.
    if (!(await markInvitationAccepted(tx, companyId, invitation.id))) {
      throw new AppError('CONFLICT', 'This invitation is no longer pending', {
        messageEs: 'Esta invitación ya no está pendiente',
      });
    }
    await audit(tx, { companyId, ...actor }, 'invitation.accepted', {
      type: 'invitation',
      id: invitation.id,
      metadata: { email: invitation.email, role },
    });
    return { company: toMyCompany(company, role) };
  });
}
