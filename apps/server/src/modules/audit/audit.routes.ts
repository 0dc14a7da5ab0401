import {
  auditLogEntrySchema,
  companyIdParamsSchema,
  listEnvelope,
  paginationQuerySchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { okList } from '../../lib/envelope';
import { toLimitOffset } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { listAuditEntries } from './audit.service';

export function auditRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/audit',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['audit'],
        summary: 'Who did what in the company, newest first (owners and admins)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: paginationQuerySchema,
        response: {
          200: listEnvelope(auditLogEntrySchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => {
      const { entries, total } = await listAuditEntries(
        request.ctx as ServiceContext,
        toLimitOffset(request.query),
      );
      return okList(request, entries, { page: request.query.page, pageSize: request.query.page_size, total });
    },
  );
}
