import type { DemoVisitors, Member, RemovedMember, Role } from '@ayni/contracts';
import {
  countDemoVisitors as countDemoVisitorRows,
  type Database,
  findMemberForUpdate,
  findMemberRole,
  inCompany,
  listMembers as listMemberRows,
  lockOwners,
  type MemberRow,
  removeMember as removeMemberRow,
  setMemberRole,
} from '@ayni/db';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { DEMO_VISITOR_TTL_MS } from '../demo/demo-visitors';

export function toMember(row: MemberRow): Member {
  return {
    user_id: row.userId,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    joined_at: row.joinedAt.toISOString(),
  };
}

/** Only owners grant or take away the owner role (admins manage everyone else). */
export function assertMayTouchOwner(ctx: Pick<ServiceContext, 'role'>, ...roles: string[]): void {
  if (roles.includes('owner') && ctx.role !== 'owner') {
    throw new AppError('FORBIDDEN', 'Only an owner can grant or take away the owner role', {
      messageEs: 'Solo un dueño puede otorgar o quitar el rol de dueño',
    });
  }
}

const lastOwner = (leaving: boolean) =>
  leaving
    ? new AppError('CONFLICT', 'You are the last owner: make someone else owner before leaving', {
        messageEs: 'Eres el último dueño: nombra a otra persona como dueña antes de salir',
      })
    : new AppError('CONFLICT', 'A company needs at least one owner: make someone else owner first', {
        messageEs: 'La empresa necesita al menos un dueño: nombra a otra persona como dueña primero',
      });

/**
 * Takes the owner locks, then re-reads the acting member's role: a role taken away by a change
 * that committed while this request waited no longer counts.
 */
async function lockAndActor(tx: Database, ctx: ServiceContext) {
  const owners = await lockOwners(tx, ctx.companyId);
  const role = await findMemberRole(tx, ctx.companyId, ctx.userId);
  if (!role) throw notFound('Company');
  return { owners, actor: { role } };
}

/**
 * Everyone in the company, with their role; any member may see who else is in it. Demo visitors
 * (throwaway viewers of the demo company) are not listed: see `countDemoVisitors`.
 */
export async function listMembers(ctx: ServiceContext): Promise<Member[]> {
  authorize(ctx, 'view_dashboards');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listMemberRows(tx, ctx.companyId));
  return rows.map(toMember);
}

/** How many demo visitors can read the company now, for those who manage its members. */
export async function countDemoVisitors(ctx: ServiceContext): Promise<DemoVisitors> {
  authorize(ctx, 'manage_members');
  const active = await inCompany(ctx.db, ctx.companyId, (tx) => countDemoVisitorRows(tx, ctx.companyId));
  return { active, expire_after_hours: DEMO_VISITOR_TTL_MS / 3_600_000 };
}

export async function changeMemberRole(ctx: ServiceContext, userId: string, role: Role): Promise<Member> {
  authorize(ctx, 'manage_members');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    // Owners first, then the member: every role change takes its locks in the same order.
    const { owners, actor } = await lockAndActor(tx, ctx);
    authorize(actor, 'manage_members');
    const member = await findMemberForUpdate(tx, ctx.companyId, userId);
    if (!member) throw notFound('Member');
    if (member.role === role) return toMember(member);
    assertMayTouchOwner(actor, member.role, role);
    if (member.role === 'owner' && owners <= 1) throw lastOwner(false);
    await setMemberRole(tx, ctx.companyId, userId, role);
    await audit(tx, ctx, 'member.role_changed', {
      type: 'user',
      id: userId,
      metadata: { email: member.email, from: member.role, to: role },
    });
    return toMember({ ...member, role });
  });
}

/** Removes a member, or lets members leave when `userId` is themselves; the last owner stays. */
export async function removeMember(ctx: ServiceContext, userId: string): Promise<RemovedMember> {
  const leaving = userId === ctx.userId;
  if (!leaving) authorize(ctx, 'manage_members');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const { owners, actor } = await lockAndActor(tx, ctx);
    if (!leaving) authorize(actor, 'manage_members');
    const member = await findMemberForUpdate(tx, ctx.companyId, userId);
    if (!member) throw notFound('Member');
    if (!leaving) assertMayTouchOwner(actor, member.role);
    if (member.role === 'owner' && owners <= 1) throw lastOwner(leaving);
    await removeMemberRow(tx, ctx.companyId, userId);
    await audit(tx, ctx, leaving ? 'member.left' : 'member.removed', {
      type: 'user',
      id: userId,
      metadata: { email: member.email, role: member.role },
    });
    return { user_id: userId, left: leaving };
  });
}
