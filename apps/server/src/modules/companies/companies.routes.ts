import {
  companyDetailSchema,
  companyIdParamsSchema,
  createCompanyRequestSchema,
  deletedCompanySchema,
  envelope,
  listEnvelope,
  myCompanySchema,
  updateCompanyRequestSchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { requestOrigin } from '../../lib/origin';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { createCompany, getCompany, listMyCompanies, updateCompany } from './companies.service';
import { deleteCompany, restoreCompany } from './company-deletion.service';
import { companySettingsRoutes } from './company-settings.routes';

const tags = ['companies'];

export function companiesRoutes(
  app: FastifyInstance,
  deps: { db: Database; rawFileRetentionDays: number; queue: JobQueue },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

  r.get(
    '/api/v1/companies',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Companies I belong to, with my role, landing dashboard and permissions in each',
        security: bearerAuth,
        response: { 200: listEnvelope(myCompanySchema), ...errorResponses('UNAUTHORIZED') },
      },
    },
    async (request) => {
      const companies = await listMyCompanies(deps.db, request.userId as string);
      return okList(request, companies, wholeList(companies.length));
    },
  );

  r.post(
    '/api/v1/companies',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Register a company with at least one location; I become its owner',
        security: bearerAuth,
        body: createCompanyRequestSchema,
        response: {
          201: envelope(companyDetailSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'CONFLICT'),
        },
      },
    },
    async (request, reply) => {
      const actor = { userId: request.userId as string, origin: requestOrigin(request) };
      return reply.status(201).send(ok(request, await createCompany(deps.db, actor, request.body)));
    },
  );

  r.get(
    '/api/v1/companies/:companyId',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'A company I belong to, with its locations',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: { 200: envelope(companyDetailSchema), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => ok(request, await getCompany(ctx(request))),
  );

  r.patch(
    '/api/v1/companies/:companyId',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Change the company profile (owners and admins)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: updateCompanyRequestSchema,
        response: {
          200: envelope(companyDetailSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) => ok(request, await updateCompany(ctx(request), request.body)),
  );

  r.delete(
    '/api/v1/companies/:companyId',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Delete the company (owners): hidden at once, all its data purged after 30 days',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: envelope(deletedCompanySchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await deleteCompany(ctx(request))),
  );
  r.post(
    '/api/v1/companies/:companyId/restore',
    {
      // The one route that still reaches a deleted company, until its grace period is over.
      onRequest: app.restoreScope,
      schema: {
        tags,
        summary: 'Undo the deletion of the company during its 30-day grace period (owners)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: envelope(companyDetailSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) => ok(request, await restoreCompany(ctx(request))),
  );

  companySettingsRoutes(app, { rawFileRetentionDays: deps.rawFileRetentionDays, queue: deps.queue });
}
