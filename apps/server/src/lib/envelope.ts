import type { FastifyRequest } from 'fastify';

export function meta(request: FastifyRequest) {
  return { timestamp: new Date().toISOString(), request_id: request.id };
}

/** `{ data, meta }` success envelope. */
export function ok<T>(request: FastifyRequest, data: T) {
  return { data, meta: meta(request) };
}

/** `{ data: [...], meta: { ..., page, page_size, total } }` list envelope. */
export function okList<T>(
  request: FastifyRequest,
  data: T[],
  page: { page: number; pageSize: number; total: number },
) {
  return { data, meta: { ...meta(request), page: page.page, page_size: page.pageSize, total: page.total } };
}
