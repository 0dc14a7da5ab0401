import type { ErrorCode, ErrorDetail } from '@ayni/contracts';
import { ERROR_STATUS } from '@ayni/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error';
import { meta } from '../lib/envelope';

const MESSAGES_ES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_ERROR: 'Datos inválidos',
  UNAUTHORIZED: 'Debes iniciar sesión',
  FORBIDDEN: 'No tienes permiso para esta acción',
  NOT_FOUND: 'No encontrado',
  PAYLOAD_TOO_LARGE: 'El archivo o la solicitud es demasiado grande',
  RATE_LIMITED: 'Demasiadas solicitudes; intenta más tarde',
  INTERNAL_ERROR: 'Error interno; ya lo estamos revisando',
  SERVICE_UNAVAILABLE: 'Servicio no disponible',
};

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  extra: { messageEs?: string; details?: ErrorDetail[] } = {},
) {
  return reply.status(ERROR_STATUS[code]).send({
    error: {
      code,
      message,
      message_es: extra.messageEs ?? MESSAGES_ES[code],
      ...(extra.details?.length ? { details: extra.details } : {}),
    },
    meta: meta(request),
  });
}

/** A custom zod issue may carry `params: { message, message_es }` (see `rutSchema`). */
function bilingualOf(params: unknown): { message: string; message_es: string } | undefined {
  const p = (params as { params?: { message?: unknown; message_es?: unknown } } | undefined)?.params;
  return typeof p?.message === 'string' && typeof p.message_es === 'string'
    ? { message: p.message, message_es: p.message_es }
    : undefined;
}

/**
 * PostgreSQL refuses some text outright: a NUL byte (22021) and, in JSON, the \u0000 escape
 * (22P05). Such input is the client's (a fuzzed id or field), so it is a 400, not a 500. The
 * error may come wrapped (drizzle keeps the driver's error as `cause`).
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

function isUnstorableText(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && UNSTORABLE_TEXT.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Errors Fastify raises before any route runs (so `setErrorHandler` never sees them), in the same
 * envelope: a path parameter past the router's length limit names no resource (404, like any
 * unknown id); a malformed URL (bad %-escape) is a bad request.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(request, reply, 'NOT_FOUND', 'Not found');
  return send(request, reply, 'VALIDATION_ERROR', 'Malformed URL');
}

/** Maps every thrown error to the one error envelope; 5xx never leak internals. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.options.headers) reply.headers(error.options.headers);
      return send(request, reply, error.code, error.message, error.options);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        bilingual: bilingualOf(v.params),
        message: v.message ?? 'invalid',
      }));
      const details = issues.map((i) => ({ field: i.field, message: i.bilingual?.message ?? i.message }));
      // One failed field with its own bilingual message (e.g. the RUT) speaks for the whole request.
      const only = issues.length === 1 ? issues[0]?.bilingual : undefined;
      return send(request, reply, 'VALIDATION_ERROR', only?.message ?? 'Request validation failed', {
        details,
        messageEs: only?.message_es,
      });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(request, reply, 'PAYLOAD_TOO_LARGE', 'Request body too large');
    }
    if (error.statusCode === 429) {
      return send(request, reply, 'RATE_LIMITED', 'Too many requests');
    }
    if (
      error.statusCode &&
      error.statusCode >= 400 &&
      error.statusCode < 500 &&
      !isResponseSerializationError(error)
    ) {
      // Fastify's own client errors (bad JSON, wrong content type, ...).
      const code: ErrorCode = error.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_ERROR';
      return send(request, reply, code, error.message);
    }
    if (isUnstorableText(error)) {
      return send(request, reply, 'VALIDATION_ERROR', 'Text with a NUL character (\\u0000) is not accepted', {
        messageEs: 'No se acepta texto con el carácter NUL (\\u0000)',
      });
    }
    request.log.error({ err: error, request_id: request.id }, 'unhandled error');
    return send(request, reply, 'INTERNAL_ERROR', `Internal error (request ${request.id})`);
  });
}
