import {
  companyIdParamsSchema,
  envelope,
  PUSH_MAX_LINES,
  pushResultSchema,
  pushTransactionsBodySchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { type PushDeps, pushTransactions, tooManyLines } from './transactions.service';

/** 10,000 generous lines fit; the line count, not the bytes, is the documented limit. */
const PUSH_BODY_LIMIT = 32 * 1024 * 1024;

const headersSchema = z.object({ 'idempotency-key': z.string().min(1).max(255).optional() });

export function transactionsRoutes(app: FastifyInstance, deps: PushDeps) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/companies/:companyId/transactions',
    {
      onRequest: app.companyScope,
      bodyLimit: PUSH_BODY_LIMIT,
      // Before the schema: 10,001 lines is a clear 413 with the limit, not a list of line errors.
      preValidation: async (request) => {
        const lines = (request.body as { lines?: unknown } | null)?.lines;
        if (Array.isArray(lines) && lines.length > PUSH_MAX_LINES) throw tooManyLines(lines.length);
      },
      schema: {
        tags: ['transactions'],
        summary: `Push sale lines (canonical schema, at most ${PUSH_MAX_LINES}); imported like an upload. API key scope uploads:write`,
        security: bearerAuth,
        params: companyIdParamsSchema,
        headers: headersSchema,
        body: pushTransactionsBodySchema,
        response: {
          200: envelope(pushResultSchema),
          202: envelope(pushResultSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT', 'PAYLOAD_TOO_LARGE'),
        },
      },
    },
    async (request, reply) => {
      const answer = await pushTransactions(
        request.ctx as ServiceContext,
        deps,
        request.body,
        request.headers['idempotency-key'],
      );
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(answer.statusCode === 202 ? 202 : 200).send(ok(request, answer.body));
    },
  );
}
