import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from './context';

/** Where a request came from, for the audit log of routes that are not company-scoped. */
export function requestOrigin(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}
