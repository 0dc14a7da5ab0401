import { catalogResponseSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { meta } from '../../lib/envelope';
import { errorResponses } from '../../lib/route-schema';
import { catalogView } from './catalog.service';

export function catalogRoutes(app: FastifyInstance) {
  // Built once: the catalog is code, the same for every company and user.
  const view = catalogView();
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/catalog',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Every feature the engine computes: levels, unit, format, descriptions (es/en), roles',
        response: { 200: catalogResponseSchema, ...errorResponses() },
      },
    },
    async (request) => ({ data: view.features, meta: { ...meta(request), levels: view.levels } }),
  );
}
