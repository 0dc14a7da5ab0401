import {
  companyIdParamsSchema,
  companySettingsPatchSchema,
  companySettingsSchema,
  dataPolicySchema,
  envelope,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { PURGE_GRACE_DAYS } from './company-deletion.service';
import { getCompanySettings, updateCompanySettings } from './company-settings.service';

const tags = ['companies'];

export function companySettingsRoutes(
  app: FastifyInstance,
  deps: { rawFileRetentionDays: number; queue: JobQueue },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

  r.get(
    '/api/v1/companies/:companyId/settings',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary:
          'Analysis settings: margin alert, staff capacity, trade profile, real-peso base month, churn days',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: envelope(companySettingsSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await getCompanySettings(ctx(request))),
  );

  r.patch(
    '/api/v1/companies/:companyId/settings',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Change some analysis settings (owners and admins); the rest keep their values',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: companySettingsPatchSchema.strict(),
        response: {
          200: envelope(companySettingsSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'VALIDATION_ERROR'),
        },
      },
    },
    async (request) => {
      const settings = await updateCompanySettings(ctx(request), request.body, deps.queue);
      // The base month of real pesos (and the trade profile) change what /metrics answers.
      await app.analyticsCache
        .invalidate(ctx(request).companyId)
        .catch((err) => request.log.warn({ err }, 'analytics cache not invalidated after a settings change'));
      return ok(request, settings);
    },
  );

  r.get(
    '/api/v1/companies/:companyId/data-policy',
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'How long original files are kept and how long a deleted company can be restored',
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: { 200: envelope(dataPolicySchema), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) =>
      ok(request, {
        raw_file_retention_days: deps.rawFileRetentionDays,
        deletion_grace_days: PURGE_GRACE_DAYS,
      }),
  );
}
