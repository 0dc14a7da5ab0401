import {
  companyIdParamsSchema,
  macroBuffsQuerySchema,
  macroBuffsResponseSchema,
  macroCorrelationsResponseSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getMacroBuffs, getMacroCorrelations } from './macro-company.service';

/** Macro context on a company's own numbers (revenue in UF/USD/real pesos lives in /metrics). */
export function macroCompanyRoutes(app: FastifyInstance) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/companies/:companyId/macro/buffs',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['macro'],
        summary:
          'Buffs & debuffs: which macro indicators help or hurt this business in a month, with a 0–10 score (context, not advice)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: macroBuffsQuerySchema,
        response: { 200: macroBuffsResponseSchema, ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => ({
      data: await getMacroBuffs(request.ctx as ServiceContext, request.query),
      meta: meta(request),
    }),
  );
  typed.get(
    '/api/v1/companies/:companyId/macro/correlations',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['macro'],
        summary:
          "Correlation of the company's monthly revenue with each macro indicator (caveat under 24 months)",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: macroCorrelationsResponseSchema,
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => {
      const { data, revenueMonths, minMonths } = await getMacroCorrelations(request.ctx as ServiceContext);
      return { data, meta: { ...meta(request), revenue_months: revenueMonths, min_months: minMonths } };
    },
  );
}
