import {
  companyIdParamsSchema,
  envelope,
  errorBodySchema,
  putReportScheduleSchema,
  reportScheduleSchema,
  unsubscribeQuerySchema,
} from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { ok } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { deleteMySchedule, getMySchedule, putMySchedule, unsubscribe } from './report-schedules.service';

const ctx = (request: FastifyRequest) => request.ctx as ServiceContext;
const tags = ['reports'];

/** A tiny bilingual page for the e-mail link (opened in a browser, not by the app). */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;

/** The member's scheduled e-mail reports, and the unsubscribe link that needs no sign-in. */
export function reportSchedulesRoutes(app: FastifyInstance, deps: { db: Database; clock?: () => number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = deps.clock ?? Date.now;
  const url = '/api/v1/companies/:companyId/report-schedules/me';
  const schema = { tags, security: bearerAuth, params: companyIdParamsSchema };
  r.get(
    url,
    {
      onRequest: app.companyScope,
      schema: {
        ...schema,
        summary: "The current member's weekly and monthly report e-mails",
        response: { 200: envelope(reportScheduleSchema), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request) => ok(request, await getMySchedule(ctx(request))),
  );
  r.put(
    url,
    {
      onRequest: app.companyScope,
      schema: {
        ...schema,
        summary:
          "Set the current member's weekly and/or monthly report e-mails (a missing one is switched off)",
        body: putReportScheduleSchema,
        response: {
          200: envelope(reportScheduleSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await putMySchedule(ctx(request), request.body, now)),
  );
  r.delete(
    url,
    {
      onRequest: app.companyScope,
      schema: {
        ...schema,
        summary: "Stop all of the current member's report e-mails",
        response: { 204: z.null(), ...errorResponses(...companyRouteErrors) },
      },
    },
    async (request, reply) => {
      await deleteMySchedule(ctx(request));
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/v1/report-schedules/unsubscribe',
    {
      schema: {
        tags,
        summary: 'Unsubscribe link of a report e-mail (signed token; no sign-in); answers a small HTML page',
        querystring: unsubscribeQuerySchema,
        produces: ['text/html'],
        // 400: the HTML page for a forged token, the JSON error for a missing one.
        response: { ...errorResponses(), 200: z.string(), 400: z.union([z.string(), errorBodySchema]) },
      },
    },
    async (request, reply) => {
      const done = await unsubscribe(deps.db, request.query.token);
      reply.header('content-type', 'text/html; charset=utf-8');
      if (!done) {
        return reply
          .code(400)
          .send(
            page(
              'Enlace no válido / Invalid link',
              'Este enlace para anular la suscripción no es válido. / This unsubscribe link is not valid.',
            ),
          );
      }
      return page(
        'Suscripción anulada / Unsubscribed',
        'Ya no recibirás este informe por correo. Puedes volver a activarlo en AYNI, en Informes. / You will no longer receive this report by e-mail; you can switch it on again in AYNI, under Reports.',
      );
    },
  );
}
