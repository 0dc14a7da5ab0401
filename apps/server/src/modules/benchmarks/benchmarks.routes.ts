import {
  benchmarkHistoryQuerySchema,
  benchmarkHistoryResponseSchema,
  benchmarksQuerySchema,
  cohortSizesQuerySchema,
  cohortSizesResponseSchema,
  companyBenchmarksResponseSchema,
  companyIdParamsSchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getBenchmarkHistory, getCohortSizes, getCompanyBenchmarks } from './benchmarks.service';

/** Industry benchmarks: aggregates and the company's own rank only (docs/benchmarks.md). */
export function benchmarksRoutes(app: FastifyInstance, deps: { db: Database; minCompanies: number }) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/companies/:companyId/benchmarks',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['benchmarks'],
        summary:
          'The company against its industry cohorts for one period: percentiles, its rank, tier, index, n, hidden cuts and why',
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: benchmarksQuerySchema,
        response: {
          200: companyBenchmarksResponseSchema,
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) =>
      ok(
        request,
        await getCompanyBenchmarks(request.ctx as ServiceContext, request.query, deps.minCompanies),
      ),
  );
  typed.get(
    '/api/v1/companies/:companyId/benchmarks/history',
    {
      onRequest: app.companyScope,
      schema: {
        tags: ['benchmarks'],
        summary: "The company's percentile rank in one metric over every computed period",
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: benchmarkHistoryQuerySchema,
        response: {
          200: benchmarkHistoryResponseSchema,
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await getBenchmarkHistory(request.ctx as ServiceContext, request.query)),
  );
  typed.get(
    '/api/v1/benchmarks/cohorts',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['benchmarks'],
        summary: 'Cohort sizes of real companies and whether each cut is shown (no values)',
        security: bearerAuth,
        querystring: cohortSizesQuerySchema,
        response: { 200: cohortSizesResponseSchema, ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED') },
      },
    },
    async (request) => ok(request, await getCohortSizes(deps.db, request.query, deps.minCompanies)),
  );
}
