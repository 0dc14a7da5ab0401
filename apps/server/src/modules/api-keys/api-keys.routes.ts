import {
  apiKeyParamsSchema,
  apiKeySchema,
  companyIdParamsSchema,
  createApiKeyInputSchema,
  createdApiKeySchema,
  envelope,
  listEnvelope,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { createCompanyApiKey, listCompanyApiKeys, revokeCompanyApiKey } from './api-keys.service';

const tags = ['api-keys'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

export function apiKeysRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/api-keys';

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: "The company's API keys, revoked ones included (owners and admins; never the key itself)",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: { 200: listEnvelope(apiKeySchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => {
      const keys = await listCompanyApiKeys(ctx(request));
      return okList(request, keys, wholeList(keys.length));
    },
  );

  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Create an API key (owners and admins); the key is in this answer only',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: createApiKeyInputSchema,
        response: {
          201: envelope(createdApiKeySchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(ok(request, await createCompanyApiKey(ctx(request), request.body))),
  );

  r.delete(
    `${base}/:keyId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Revoke an API key (owners and admins): its next request answers 401',
        security: bearerAuth,
        params: apiKeyParamsSchema,
        response: { 200: envelope(apiKeySchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => ok(request, await revokeCompanyApiKey(ctx(request), request.params.keyId)),
  );
}
