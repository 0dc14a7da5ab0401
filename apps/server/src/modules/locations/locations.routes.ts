import {
  companyIdParamsSchema,
  envelope,
  listEnvelope,
  locationInputSchema,
  locationParamsSchema,
  locationSchema,
  updateLocationRequestSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../lib/context';
import { ok, okList } from '../../lib/envelope';
import { wholeList } from '../../lib/pagination';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { createLocation, deleteLocation, listLocations, updateLocation } from './locations.service';

const tags = ['locations'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;

export function locationsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/companies/:companyId/locations';

  r.get(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: "The company's locations (stores, branches)",
        security: bearerAuth,
        params: companyIdParamsSchema,
        response: {
          200: listEnvelope(locationSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      },
    },
    async (request) => {
      const locations = await listLocations(ctx(request));
      return okList(request, locations, wholeList(locations.length));
    },
  );

  r.post(
    base,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Add a location (owners and admins)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        body: locationInputSchema,
        response: { 201: envelope(locationSchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request, reply) =>
      reply.status(201).send(ok(request, await createLocation(ctx(request), request.body))),
  );

  r.patch(
    `${base}/:locationId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Rename a location or change its address (owners and admins)',
        security: bearerAuth,
        params: locationParamsSchema,
        body: updateLocationRequestSchema,
        response: { 200: envelope(locationSchema), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) =>
      ok(request, await updateLocation(ctx(request), request.params.locationId, request.body)),
  );

  r.delete(
    `${base}/:locationId`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Remove a location (owners and admins); the last one cannot be removed (409)',
        security: bearerAuth,
        params: locationParamsSchema,
        response: {
          200: envelope(locationSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      },
    },
    async (request) => ok(request, await deleteLocation(ctx(request), request.params.locationId)),
  );
}
