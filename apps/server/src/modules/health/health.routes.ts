import { envelope, healthSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { errorResponses } from '../../lib/route-schema';
import { getHealth, type HealthDeps } from './health.service';

export function healthRoutes(app: FastifyInstance, deps: HealthDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and dependency checks (503 when a check fails)',
        response: { 200: envelope(healthSchema), 503: envelope(healthSchema), ...errorResponses() },
      },
    },
    async (request, reply) => {
      const health = await getHealth(deps);
      return reply.status(health.status === 'ok' ? 200 : 503).send(ok(request, health));
    },
  );
}
