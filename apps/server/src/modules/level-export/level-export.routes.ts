import { levelExportParamsSchema, levelExportQuerySchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { CSV_TYPE, exportLevel, XLSX_TYPE } from './level-export.service';
import type { XlsxOptions } from './xlsx-writer';

const file = (description: string) => z.string().meta({ format: 'binary', description });

/** `GET /companies/{id}/exports/{level}`: the explorer's view of a level as CSV or XLSX, streamed. */
export function levelExportRoutes(app: FastifyInstance, options: XlsxOptions = {}) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies/:companyId/exports/:level',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['analytics'],
        summary:
          'Export an explorer level (every row of the view: range, branch, sort) as CSV (UTF-8 with BOM) or XLSX',
        security: bearerAuth,
        params: levelExportParamsSchema,
        querystring: levelExportQuerySchema,
        response: {
          200: {
            description: 'The file, streamed',
            content: {
              [CSV_TYPE]: { schema: file('CSV, comma or semicolon separated') },
              [XLSX_TYPE]: { schema: file('XLSX workbook') },
            },
          },
          ...errorResponses(...companyRouteErrors),
        },
      },
    },
    async (request, reply) => {
      const { filename, contentType, body } = await exportLevel(
        request.ctx as ServiceContext,
        request.params.level,
        request.query,
        options,
      );
      // Fastify pipes a stream as is (no serializer); the schema's string is only its documentation.
      return reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body as unknown as string);
    },
  );
}
