import {
  companyIdParamsSchema,
  dashboardQuerySchema,
  dashboardSummarySchema,
  envelope,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cachedRead } from '../../lib/analytics-cache/cached-read';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getSummary } from './dashboard.service';

export function dashboardRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/dashboard/summary',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['dashboard'],
        summary: 'Headline figures: KPIs, revenue by month and top products for a period',
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: envelope(dashboardSummarySchema), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) =>
      ok(request, await cachedRead(request, 'dashboard/summary', (ctx) => getSummary(ctx, request.query))),
  );
}
