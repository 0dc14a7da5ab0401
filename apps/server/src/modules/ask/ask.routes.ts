import {
  askHistoryQuerySchema,
  askHistoryResponseSchema,
  askRequestSchema,
  askResponseSchema,
  companyIdParamsSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { askQuestion } from './ask.service';
import { askHistoryOf, recordAsk } from './ask-history.service';
import { createHelpIndex, type HelpIndex } from './help/help-index';
import { createLlmClient } from './llm/llm-client';
import type { LlmConfig } from './llm/llm-config';

export function askRoutes(
  app: FastifyInstance,
  deps: { help?: HelpIndex; llm?: LlmConfig | null; now?: () => number } = {},
) {
  const now = deps.now ?? Date.now;
  // Built once per app: the catalog and docs do not change while it runs.
  const help = deps.help ?? createHelpIndex();
  const llm = deps.llm ? createLlmClient(deps.llm) : null;
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
      const ctx = request.ctx as ServiceContext;
      const { answer, dataThrough, parser } = await askQuestion(ctx, request.body, {
        help,
        llm,
        nowMs: now(),
      });
      await recordAsk(ctx, request.body.question, answer);
      return {
        data: answer,
        meta: { ...meta(request), data_through: dataThrough, parser },
      };
    },
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/ask/history',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['ask'],
        summary: "The user's own Ask AYNI questions in this company, newest first",
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: askHistoryQuerySchema,
        response: { 200: askHistoryResponseSchema, ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => ({
      data: await askHistoryOf(request.ctx as ServiceContext, request.query.limit),
      meta: meta(request),
    }),
  );
}
