import { companyIdParamsSchema, envelope, jobRefSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { requestRefresh } from './analytics.service';

export function analyticsRoutes(app: FastifyInstance, deps: { queue: JobQueue }) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/companies/:companyId/analytics/refresh',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['analytics'],
        summary: 'Recompute the company figures in the background (202; a WebSocket event tells when done)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: { 202: envelope(jobRefSchema), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(ok(request, await requestRefresh(request.ctx as ServiceContext, deps.queue))),
  );
}
