import { askRequestSchema, askResponseSchema, companyIdParamsSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { askQuestion } from './ask.service';
import { createHelpIndex, type HelpIndex } from './help/help-index';

export function askRoutes(app: FastifyInstance, deps: { help?: HelpIndex } = {}) {
  // Built once per app: the catalog and docs do not change while it runs.
  const help = deps.help ?? createHelpIndex();
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/companies/:companyId/ask',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['ask'],
        summary: "Ask AYNI: a question in Spanish or English, answered from the company's own metrics",
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: askRequestSchema,
        response: { 200: askResponseSchema, ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => {
      const { answer, dataThrough } = await askQuestion(request.ctx as ServiceContext, request.body, help);
      return {
        data: answer,
        meta: { ...meta(request), data_through: dataThrough, parser: 'offline' as const },
      };
    },
  );
}
