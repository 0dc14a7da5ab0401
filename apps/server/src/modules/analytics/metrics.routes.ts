import { companyIdParamsSchema, metricsQuerySchema, metricsResponseSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cachedRead } from '../../lib/analytics-cache/cached-read';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getMetrics } from './metrics.service';

export function metricsRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/metrics',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['analytics'],
        summary: 'Core metrics per day, ISO week, month, quarter or year, with growth',
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: metricsQuerySchema,
        response: { 200: metricsResponseSchema, ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => {
      const { periods, dataThrough, macro } = await cachedRead(request, 'metrics', (ctx) =>
        getMetrics(ctx, request.query),
      );
      return {
        data: periods,
        meta: { ...meta(request), grain: request.query.grain, data_through: dataThrough, macro },
      };
    },
  );
}
