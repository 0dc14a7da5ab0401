import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context';
import { analyticsKey } from './analytics-cache';

/**
 * `compute(ctx)` through the app's analytics cache, keyed by `endpoint` and the request's parsed
 * params and query. Call it after the route's scope hook has authorized the caller: answers are
 * per company, the same for every member allowed to read them.
 */
export function cachedRead<T>(
  request: FastifyRequest,
  endpoint: string,
  compute: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const ctx = request.ctx as ServiceContext;
  const key = analyticsKey(endpoint, {
    ...(request.params as object),
    ...(request.query as object),
  });
  return request.server.analyticsCache.read(ctx.companyId, key, () => compute(ctx));
}
