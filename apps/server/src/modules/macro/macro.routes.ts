import {
  macroSeriesListResponseSchema,
  macroSeriesParamsSchema,
  macroSeriesQuerySchema,
  macroSeriesResponseSchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { meta } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import { getMacroSeries, listMacroSeries } from './macro.service';

/** Public macro series (shared by every company): any signed-in user may read them. */
export function macroRoutes(app: FastifyInstance, deps: { db: Database }) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/macro/series',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['macro'],
        summary:
          'Macro series (UF, UTM, IVP, dólar, euro, IPC, IMACEC, TPM, unemployment, copper) with their latest value and its date',
        security: bearerAuth,
        response: { 200: macroSeriesListResponseSchema, ...errorResponses('UNAUTHORIZED') },
      },
    },
    async (request) => ({ data: await listMacroSeries(deps.db), meta: meta(request) }),
  );
  typed.get(
    '/api/v1/macro/series/:code',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['macro'],
        summary:
          'One macro series between two dates; daily series carry the last value over weekends and holidays',
        security: bearerAuth,
        params: macroSeriesParamsSchema,
        querystring: macroSeriesQuerySchema,
        response: {
          200: macroSeriesResponseSchema,
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'NOT_FOUND'),
        },
      },
    },
    async (request) => ({
      data: await getMacroSeries(deps.db, request.params.code, request.query),
      meta: meta(request),
    }),
  );
}
