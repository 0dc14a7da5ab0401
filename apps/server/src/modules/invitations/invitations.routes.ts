import {
  acceptedInvitationSchema,
  acceptInvitationRequestSchema,
  companyIdParamsSchema,
  createInvitationRequestSchema,
  envelope,
  invitationParamsSchema,
  invitationSchema,
  listEnvelope,
  revokedInvitationSchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { requestOrigin } from '../../lib/origin';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { acceptInvitation } from './invitation-accept.service';
import {
  createInvitation,
  type InvitationDeps,
  listInvitations,
  revokeInvitation,
} from './invitations.service';

const tags = ['invitations'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

export function invitationsRoutes(app: FastifyInstance, deps: InvitationDeps & { db: Database }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/invitations';

  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Invite someone by e-mail with a role (valid 7 days; only owners invite owners)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: createInvitationRequestSchema,
        response: {
          201: envelope(invitationSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT', 'SERVICE_UNAVAILABLE'),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(ok(request, await createInvitation(ctx(request), deps, request.body))),
  );

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Pending invitations',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: listEnvelope(invitationSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => {
      const invitations = await listInvitations(ctx(request));
      return okList(request, invitations, wholeList(invitations.length));
    },
  );

  r.delete(
    `${base}/:invitationId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Revoke a pending invitation',
        security: bearerAuth,
        params: invitationParamsSchema,
        response: {
          200: envelope(revokedInvitationSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await revokeInvitation(ctx(request), request.params.invitationId)),
  );

  r.post(
    '/api/v1/invitations/accept',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Accept an invitation with the token from its e-mail (it must be addressed to me)',
        security: bearerAuth,
        body: acceptInvitationRequestSchema,
        response: {
          200: envelope(acceptedInvitationSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'),
        },
      },
    },
    async (request) => {
      const actor = { userId: request.userId as string, origin: requestOrigin(request) };
      return ok(request, await acceptInvitation(deps.db, actor, request.body.token));
    },
  );
}
