import {
  companyIdParamsSchema,
  envelope,
  listEnvelope,
  mappingTemplateInputSchema,
  mappingTemplateParamsSchema,
  mappingTemplateSchema,
  updateMappingTemplateSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import {
  createMappingTemplate,
  deleteMappingTemplate,
  getMappingTemplate,
  listMappingTemplates,
  updateMappingTemplate,
} from './mapping-templates.service';

const tags = ['uploads'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

export function mappingTemplatesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/mapping-templates';
  const one = `${base}/:templateId`;

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: "The company's saved column mappings, newest first",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: listEnvelope(mappingTemplateSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => {
      const templates = await listMappingTemplates(ctx(request));
      return okList(request, templates, wholeList(templates.length));
    },
  );

  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Save a column mapping for files with these headers (members who upload data)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: mappingTemplateInputSchema,
        response: {
          201: envelope(mappingTemplateSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(ok(request, await createMappingTemplate(ctx(request), request.body))),
  );

  r.get(
    one,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'One saved column mapping',
        security: bearerAuth,
        params: mappingTemplateParamsSchema,
        response: {
          200: envelope(mappingTemplateSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await getMappingTemplate(ctx(request), request.params.templateId)),
  );

  r.patch(
    one,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Rename a column mapping or change its headers or mapping (members who upload data)',
        security: bearerAuth,
        params: mappingTemplateParamsSchema,
        body: updateMappingTemplateSchema,
        response: {
          200: envelope(mappingTemplateSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) =>
      ok(request, await updateMappingTemplate(ctx(request), request.params.templateId, request.body)),
  );

  r.delete(
    one,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Remove a saved column mapping (members who upload data)',
        security: bearerAuth,
        params: mappingTemplateParamsSchema,
        response: {
          200: envelope(mappingTemplateSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => ok(request, await deleteMappingTemplate(ctx(request), request.params.templateId)),
  );
}
