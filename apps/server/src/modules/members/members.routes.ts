import {
  companyIdParamsSchema,
  envelope,
  listEnvelope,
  memberParamsSchema,
  memberSchema,
  removedMemberSchema,
  updateMemberRequestSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { changeMemberRole, listMembers, removeMember } from './members.service';

const tags = ['members'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

export function membersRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/members';

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Members of the company with their roles',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: { 200: listEnvelope(memberSchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => {
      const members = await listMembers(ctx(request));
      return okList(request, members, wholeList(members.length));
    },
  );

  r.patch(
    `${base}/:userId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary:
          "Change a member's role (manage_members; only owners grant or take away owner; the last owner stays)",
        security: bearerAuth,
        params: memberParamsSchema,
        body: updateMemberRequestSchema,
        response: {
          200: envelope(memberSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) =>
      ok(request, await changeMemberRole(ctx(request), request.params.userId, request.body.role)),
  );

  r.delete(
    `${base}/:userId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Remove a member (manage_members), or leave the company when it is me; the last owner stays',
        security: bearerAuth,
        params: memberParamsSchema,
        response: {
          200: envelope(removedMemberSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) => ok(request, await removeMember(ctx(request), request.params.userId)),
  );
}
