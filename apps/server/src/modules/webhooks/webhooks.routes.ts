import {
  companyIdParamsSchema,
  createWebhookSchema,
  envelope,
  listEnvelope,
  updateWebhookSchema,
  webhookDeliveriesQuerySchema,
  webhookDeliveryParamsSchema,
  webhookDeliverySchema,
  webhookParamsSchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { toLimitOffset, wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  redeliver,
  sendTestEvent,
  updateWebhook,
  type WebhookServiceDeps,
} from './webhooks.service';

const tags = ['webhooks'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;
const errors = errorResponses(...companyRouteErrors, 'FORBIDDEN');
const route = (summary: string) => ({ tags, summary, security: bearerAuth });

/** Company webhooks (owners and admins); docs/webhooks.md is the integrator's side. */
export function webhooksRoutes(app: FastifyInstance, deps: WebhookServiceDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/webhooks';
  const one = `${base}/:webhookId`;

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        ...route("The company's webhooks (without their secrets)"),
        params: companyIdParamsSchema,
        response: { 200: listEnvelope(webhookSchema), ...errors },
      },
    },
    async (request) => {
      const hooks = await listWebhooks(ctx(request));
      return okList(request, hooks, wholeList(hooks.length));
    },
  );

  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        ...route('Add a webhook; the answer carries its signing secret, shown only this once'),
        params: companyIdParamsSchema,
        body: createWebhookSchema,
        response: { 201: envelope(webhookWithSecretSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(ok(request, await createWebhook(ctx(request), deps, request.body))),
  );

  r.patch(
    one,
    {
      onRequest: app.companyScope,
      schema: {
        ...route('Change URL or events, enable/disable (enabling resets failures), or rotate the secret'),
        params: webhookParamsSchema,
        body: updateWebhookSchema,
        response: { 200: envelope(z.union([webhookWithSecretSchema, webhookSchema])), ...errors },
      },
    },
    async (request) =>
      ok(request, await updateWebhook(ctx(request), deps, request.params.webhookId, request.body)),
  );

  r.delete(
    one,
    {
      onRequest: app.companyScope,
      schema: {
        ...route('Remove a webhook and its delivery log'),
        params: webhookParamsSchema,
        response: { 200: envelope(webhookSchema), ...errors },
      },
    },
    async (request) => ok(request, await deleteWebhook(ctx(request), request.params.webhookId)),
  );

  r.post(
    `${one}/test`,
    {
      onRequest: app.companyScope,
      schema: {
        ...route('Send a ping event to the webhook now'),
        params: webhookParamsSchema,
        response: { 202: envelope(webhookDeliverySchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(202).send(ok(request, await sendTestEvent(ctx(request), deps, request.params.webhookId))),
  );

  r.get(
    `${one}/deliveries`,
    {
      onRequest: app.companyScope,
      schema: {
        ...route("The webhook's delivery log, newest first, with every attempt"),
        params: webhookParamsSchema,
        querystring: webhookDeliveriesQuerySchema,
        response: { 200: listEnvelope(webhookDeliverySchema), ...errors },
      },
    },
    async (request) => {
      const { items, total } = await listDeliveries(
        ctx(request),
        request.params.webhookId,
        toLimitOffset(request.query),
      );
      return okList(request, items, { page: request.query.page, pageSize: request.query.page_size, total });
    },
  );

  r.post(
    `${one}/deliveries/:deliveryId/redeliver`,
    {
      onRequest: app.companyScope,
      schema: {
        ...route('Send a delivered or failed event again (a new delivery with the same event id)'),
        params: webhookDeliveryParamsSchema,
        response: { 202: envelope(webhookDeliverySchema), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          ok(
            request,
            await redeliver(ctx(request), deps, request.params.webhookId, request.params.deliveryId),
          ),
        ),
  );
}
