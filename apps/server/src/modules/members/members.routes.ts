import {
  companyIdParamsSchema,
  demoVisitorsSchema,
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
import { changeMemberRole, countDemoVisitors, listMembers, removeMember } from './members.service';

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

  r.get(
    `${base}/demo-visitors`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'How many throwaway demo visitors can read the company now (manage_members)',
        description:
          'Demo visitors (POST /auth/demo) are read-only viewers of the demo company that the members ' +
          'list leaves out; each is deleted 24 hours after it was created. Always 0 for other companies.',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: envelope(demoVisitorsSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await countDemoVisitors(ctx(request))),
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
