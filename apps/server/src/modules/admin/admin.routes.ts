import {
  adminCompanySchema,
  adminUserSchema,
  adminUsersResponseSchema,
  envelope,
  listEnvelope,
  paginationQuerySchema,
  platformAuditEntrySchema,
  userIdParamsSchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { ok, okList } from '../../lib/envelope';
import { requestOrigin } from '../../lib/origin';
import { toLimitOffset } from '../../lib/pagination';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import {
  listCompanies,
  listPlatformAuditEntries,
  listUsers,
  requirePlatformAdmin,
  setUserEnabled,
} from './admin.service';

const tags = ['platform admin'];

export function adminRoutes(app: FastifyInstance, deps: { db: Database }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const adminOnly = async (request: FastifyRequest) => {
    await app.authenticate(request);
    await requirePlatformAdmin(deps.db, request.userId as string);
  };
  const listErrors = errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'FORBIDDEN');
  const userErrors = errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT');

  r.get(
    '/api/v1/admin/companies',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Every company on the platform with its member count (platform admins; no business data)',
        security: bearerAuth,
        querystring: paginationQuerySchema,
        response: { 200: listEnvelope(adminCompanySchema), ...listErrors },
      },
    },
    async (request) => {
      const { items, total } = await listCompanies(deps.db, toLimitOffset(request.query));
      return okList(request, items, { page: request.query.page, pageSize: request.query.page_size, total });
    },
  );

  r.get(
    '/api/v1/admin/users',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Every user account but demo visitors, who are only counted (platform admins)',
        security: bearerAuth,
        querystring: paginationQuerySchema,
        response: { 200: adminUsersResponseSchema, ...listErrors },
      },
    },
    async (request) => {
      const { items, total, demoVisitors } = await listUsers(deps.db, toLimitOffset(request.query));
      const page = { page: request.query.page, pageSize: request.query.page_size, total };
      const list = okList(request, items, page);
      return { ...list, meta: { ...list.meta, demo_visitors: demoVisitors } };
    },
  );

  r.get(
    '/api/v1/admin/audit',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'What platform admins did (accounts disabled or enabled), newest first (platform admins)',
        security: bearerAuth,
        querystring: paginationQuerySchema,
        response: { 200: listEnvelope(platformAuditEntrySchema), ...listErrors },
      },
    },
    async (request) => {
      const { items, total } = await listPlatformAuditEntries(deps.db, toLimitOffset(request.query));
      return okList(request, items, { page: request.query.page, pageSize: request.query.page_size, total });
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    r.post(
      `/api/v1/admin/users/:userId/${action}`,
      {
        onRequest: adminOnly,
        schema: {
          tags,
          summary:
            action === 'disable'
              ? 'Disable an account: no sign-in, its tokens stop working (platform admins; not yourself)'
              : 'Enable a disabled account again (platform admins)',
          security: bearerAuth,
          params: userIdParamsSchema,
          response: { 200: envelope(adminUserSchema), ...userErrors },
        },
      },
      async (request) => {
        const user = await setUserEnabled(
          { db: deps.db, log: request.log as unknown as Logger },
          { userId: request.userId as string, origin: requestOrigin(request) },
          request.params.userId,
          action === 'enable',
        );
        return ok(request, user);
      },
    );
  }
}
