import { listEnvelope, myCompanySchema } from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okList } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import { listMyCompanies } from './companies.service';

export function companiesRoutes(app: FastifyInstance, deps: { db: Database }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/companies',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['companies'],
        summary: 'Companies I belong to, with my role in each',
        security: bearerAuth,
        response: { 200: listEnvelope(myCompanySchema), ...errorResponses('UNAUTHORIZED') },
      },
    },
    async (request) => {
      const companies = await listMyCompanies(deps.db, request.userId as string);
      return okList(request, companies, {
        page: 1,
        pageSize: Math.max(companies.length, 1),
        total: companies.length,
      });
    },
  );
}
