import {
  companyIdParamsSchema,
  insightSectionParamsSchema,
  insightSectionResponseSchema,
  insightsQuerySchema,
  insightsResponseSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getInsightSection, getInsights } from './insights.service';

export function insightsRoutes(app: FastifyInstance) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/companies/:companyId/insights',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['insights'],
        summary: "Every insight section and the most important insights for the caller's role",
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: insightsQuerySchema,
        response: { 200: insightsResponseSchema, ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => {
      const result = await getInsights(request.ctx as ServiceContext, request.query);
      return { data: result.data, meta: { ...meta(request), ...result.meta } };
    },
  );
  typed.get(
    '/api/v1/companies/:companyId/insights/:section',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['insights'],
        summary: 'One insight section: products, customers, baskets, operations, trends, anomalies or alerts',
        security: bearerAuth,
        params: insightSectionParamsSchema,
        response: { 200: insightSectionResponseSchema, ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => {
      const result = await getInsightSection(request.ctx as ServiceContext, request.params.section);
      return { data: result.data, meta: { ...meta(request), ...result.meta } };
    },
  );
}
