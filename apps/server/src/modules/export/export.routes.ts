import { companyIdParamsSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { exportCompany } from './export.service';

const zipFile = z.string().meta({
  format: 'binary',
  description:
    'ZIP: a CSV and a JSON per table and per feature level (levels/), each insight section (insights/), manifest.json',
});

export function exportRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/export',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['companies'],
        summary: "Download all the company's data as a ZIP of CSV and JSON files (right to portability)",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: { description: 'ZIP archive', content: { 'application/zip': { schema: zipFile } } },
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request, reply) => {
      const { filename, zip } = await exportCompany(request.ctx as ServiceContext);
      // Fastify pipes a stream as is (no serializer); the schema's string is only its documentation.
      const body = zip as unknown as string;
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
