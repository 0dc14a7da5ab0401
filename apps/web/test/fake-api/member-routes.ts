import type { Invitation, Member, MyCompany, Role } from '@ayni/contracts';
import { SUMMARY } from '../fixtures';
import { companyFor } from './access';
import { type Ctx, fail, nextId, ok, okList, route, str } from './http';
import { memberOf } from './state';

const onlyOwners = (ctx: Ctx) =>
  fail(
    ctx.res,
    403,
    'FORBIDDEN',
    'Only an owner can grant or take away the owner role',
    'Solo un dueño puede otorgar o quitar el rol de dueño',
  );

function membersOf(ctx: Ctx, company: MyCompany): Member[] {
  ctx.state.members[company.id] ??= [memberOf(ctx.state.user, company.role)];
  return ctx.state.members[company.id] ?? [];
}

function memberRoutes(ctx: Ctx): boolean {
  const listed = route(ctx, 'GET', /^\/api\/v1\/companies\/([^/]+)\/members$/);
  if (listed) {
    const company = companyFor(ctx, listed[0] as string);
    if (company) okList(ctx.res, membersOf(ctx, company));
    return true;
  }
  const visitors = route(ctx, 'GET', /^\/api\/v1\/companies\/([^/]+)\/members\/demo-visitors$/);
  if (visitors) {
    const company = companyFor(ctx, visitors[0] as string, 'manage_members');
    if (company) ok(ctx.res, { active: ctx.state.demoVisitors[company.id] ?? 0, expire_after_hours: 24 });
    return true;
  }
  const one = ['PATCH', 'DELETE']
    .map((method) => route(ctx, method, /^\/api\/v1\/companies\/([^/]+)\/members\/([^/]+)$/))
    .find(Boolean);
  if (!one) return false;
  const [companyId = '', userId] = one;
  const leaving = userId === ctx.state.user.id && ctx.method === 'DELETE';
  const company = companyFor(ctx, companyId, leaving ? undefined : 'manage_members');
  if (!company) return true;
  const members = membersOf(ctx, company);
  const member = members.find((item) => item.user_id === userId);
  if (!member) {
    fail(ctx.res, 404, 'NOT_FOUND', 'Member not found', 'Miembro no encontrado');
    return true;
  }
  const role = str(ctx.body.role) as Role;
  const owners = members.filter((item) => item.role === 'owner').length;
  const touchesOwner = member.role === 'owner' || (ctx.method === 'PATCH' && role === 'owner');
  if (!leaving && touchesOwner && company.role !== 'owner') {
    onlyOwners(ctx);
    return true;
  }
  if (member.role === 'owner' && owners <= 1 && (ctx.method === 'DELETE' || role !== 'owner')) {
    if (leaving) {
      fail(
        ctx.res,
        409,
        'CONFLICT',
        'You are the last owner: make someone else owner before leaving',
        'Eres el último dueño: nombra a otra persona como dueña antes de salir',
      );
    } else {
      fail(
        ctx.res,
        409,
        'CONFLICT',
        'A company needs at least one owner: make someone else owner first',
        'La empresa necesita al menos un dueño: nombra a otra persona como dueña primero',
      );
    }
    return true;
  }
  if (ctx.method === 'PATCH') {
    member.role = role;
    ok(ctx.res, member);
  } else {
    ctx.state.members[company.id] = members.filter((item) => item !== member);
    if (leaving) ctx.state.companies = ctx.state.companies.filter((item) => item.id !== company.id);
    ok(ctx.res, { user_id: member.user_id, left: leaving });
  }
  return true;
}

function invitationRoutes(ctx: Ctx): boolean {
  const base = /^\/api\/v1\/companies\/([^/]+)\/invitations$/;
  const listed = route(ctx, 'GET', base) ?? route(ctx, 'POST', base);
  const revoked = route(ctx, 'DELETE', /^\/api\/v1\/companies\/([^/]+)\/invitations\/([^/]+)$/);
  const companyId = listed?.[0] ?? revoked?.[0];
  if (!companyId) return false;
  const company = companyFor(ctx, companyId, 'manage_members');
  if (!company) return true;
  const list = ctx.state.invitations[company.id] ?? [];
  if (revoked) {
    const invitation = list.find((item) => item.id === revoked[1]);
    if (!invitation) fail(ctx.res, 404, 'NOT_FOUND', 'Invitation not found', 'Invitación no encontrada');
    else {
      ctx.state.invitations[company.id] = list.filter((item) => item !== invitation);
      ok(ctx.res, { id: invitation.id, revoked_at: new Date().toISOString() });
    }
    return true;
  }
  if (ctx.method === 'GET') {
    okList(ctx.res, list);
    return true;
  }
  const email = str(ctx.body.email).trim().toLowerCase();
  const role = str(ctx.body.role) as Role;
  if (role === 'owner' && company.role !== 'owner') onlyOwners(ctx);
  else if (membersOf(ctx, company).some((member) => member.email === email)) {
    fail(
      ctx.res,
      409,
      'CONFLICT',
      'This person is already a member of the company',
      'Esta persona ya es miembro de la empresa',
    );
  } else {
    const now = Date.now();
    const invitation: Invitation = {
      id: nextId(),
      email,
      role,
      invited_by: ctx.state.user.id,
      expires_at: new Date(now + 7 * 86_400_000).toISOString(),
      created_at: new Date(now).toISOString(),
    };
    ctx.state.invitations[company.id] = [invitation, ...list.filter((item) => item.email !== email)];
    ok(ctx.res, invitation, 201);
  }
  return true;
}

function accept(ctx: Ctx) {
  const { state, res } = ctx;
  const invite = state.inviteTokens[str(ctx.body.token)];
  if (!invite) return fail(res, 404, 'NOT_FOUND', 'Invitation not found', 'Invitación no encontrada');
  if (invite.email.toLowerCase() !== state.user.email.toLowerCase()) {
    return fail(
      res,
      403,
      'FORBIDDEN',
      'This invitation was sent to another e-mail address',
      'Esta invitación fue enviada a otro correo electrónico',
    );
  }
  if (invite.status === 'accepted') {
    return fail(
      res,
      409,
      'CONFLICT',
      'This invitation was already accepted',
      'Esta invitación ya fue aceptada',
    );
  }
  if (invite.status === 'expired' || invite.status === 'revoked') {
    const [message, messageEs] =
      invite.status === 'expired'
        ? ['This invitation has expired: ask for a new one', 'Esta invitación expiró: pide una nueva']
        : ['This invitation was revoked', 'Esta invitación fue revocada'];
    return fail(res, 400, 'VALIDATION_ERROR', message, messageEs, [
      { field: 'body.token', message: invite.status },
    ]);
  }
  if (state.companies.some((company) => company.id === invite.company.id)) {
    return fail(
      res,
      409,
      'CONFLICT',
      'You are already a member of this company',
      'Ya eres miembro de esta empresa',
    );
  }
  invite.status = 'accepted';
  state.companies.push(invite.company);
  state.summaries[invite.company.id] ??= SUMMARY;
  ok(res, { company: invite.company });
}

/** Members, invitations, and accepting one. */
export function teamRoutes(ctx: Ctx): boolean {
  if (ctx.method === 'POST' && ctx.path === '/api/v1/invitations/accept') {
    accept(ctx);
    return true;
  }
  return memberRoutes(ctx) || invitationRoutes(ctx);
}
