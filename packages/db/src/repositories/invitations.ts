import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { invitations } from '../schema';

export type InvitationRow = typeof invitations.$inferSelect;

const pending = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

export async function insertInvitation(
  db: Database,
  companyId: string,
  invitation: { email: string; role: string; tokenHash: string; invitedBy: string; validDays: number },
): Promise<InvitationRow> {
  const rows = await db
    .insert(invitations)
    .values({
      companyId,
      email: invitation.email,
      role: invitation.role,
      tokenHash: invitation.tokenHash,
      invitedBy: invitation.invitedBy,
      expiresAt: sql`now() + make_interval(days => ${invitation.validDays})`,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into invitations returned nothing');
  return row;
}

/** Invitations not yet accepted, revoked or expired, newest first. */
export async function listPendingInvitations(db: Database, companyId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.companyId, companyId), pending(), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(desc(invitations.createdAt));
}

/** Revokes one pending invitation; undefined when there is none with that id. */
export async function revokeInvitation(
  db: Database,
  companyId: string,
  invitationId: string,
): Promise<InvitationRow | undefined> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.companyId, companyId), eq(invitations.id, invitationId), pending()))
    .returning();
  return rows[0];
}

/** Revokes every pending invitation of this e-mail (a new one replaces them); returns how many. */
export async function revokeInvitationsFor(db: Database, companyId: string, email: string): Promise<number> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(invitations.companyId, companyId),
        sql`lower(${invitations.email}) = lower(${email})`,
        pending(),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length;
}

/** Run with the token-hash scope: RLS shows only the invitation that hash belongs to. */
export async function findInvitationByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<(InvitationRow & { expired: boolean }) | undefined> {
  const rows = await db
    .select({ invitation: invitations, expired: sql<boolean>`${invitations.expiresAt} <= now()` })
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.invitation, expired: row.expired } : undefined;
}

/** Marks a pending, unexpired invitation accepted; false when someone got there first. */
export async function markInvitationAccepted(
  db: Database,
  companyId: string,
  invitationId: string,
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        eq(invitations.companyId, companyId),
        eq(invitations.id, invitationId),
        pending(),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}
