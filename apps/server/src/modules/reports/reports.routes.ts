import {
  companyIdParamsSchema,
  createReportSchema,
  envelope,
  reportParamsSchema,
  reportSchema,
} from '@ayni/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FileStorage } from '../../infra/storage/file-storage';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { getCompanyReport, listCompanyReports, openReportPdf, requestReport } from './reports.service';

const ctx = (request: FastifyRequest) => request.ctx as ServiceContext;
const tags = ['reports'];

/** Executive PDF reports: request (a job builds it), follow, download (docs/reports.md). */
export function reportsRoutes(
  app: FastifyInstance,
  deps: { storage: FileStorage; queue: Pick<JobQueue, 'enqueue'> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/reports';
  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Request a PDF report of a role view for a month, quarter or year; a job builds it',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: createReportSchema,
        response: {
          202: envelope(reportSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'UNPROCESSABLE'),
        },
      },
    },
    async (request, reply) => {
      const report = await requestReport(ctx(request), deps.queue, request.body);
      return reply.code(202).header('location', report.status_url).send(ok(request, report));
    },
  );
  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: "The company's latest reports of the views the member may see, newest first",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: envelope(z.array(reportSchema)),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await listCompanyReports(ctx(request))),
  );
  r.get(
    `${base}/:reportId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: "A report's status, progress and (when ready) download URL",
        security: bearerAuth,
        params: reportParamsSchema,
        response: { 200: envelope(reportSchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => ok(request, await getCompanyReport(ctx(request), request.params.reportId)),
  );
  r.get(
    `${base}/:reportId/download`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Download a finished report (application/pdf)',
        security: bearerAuth,
        params: reportParamsSchema,
        produces: ['application/pdf'],
        response: { 200: z.any(), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request, reply) => {
      const file = await openReportPdf(ctx(request), deps.storage, request.params.reportId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-length', file.sizeBytes)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
}
