import type { ErrorBody, ErrorDetail } from '@ayni/contracts';

type ErrorPayload = ErrorBody['error'];

/** A non-2xx answer from the API, carrying the `{ error: { code, message, message_es } }` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEs: string | undefined;
  readonly details: ErrorDetail[];

  constructor(status: number, payload: Partial<ErrorPayload> | undefined) {
    // Empty when the body had no message; the UI then falls back to generic localized copy.
    super(payload?.message ?? '');
    this.name = 'ApiError';
    this.status = status;
    this.code = payload?.code ?? 'UNKNOWN';
    this.messageEs = payload?.message_es;
    this.details = payload?.details ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Pulls the `error` object out of an unknown JSON body, if it looks like one. */
export function readErrorPayload(body: unknown): Partial<ErrorPayload> | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as Partial<ErrorPayload>) : undefined;
}
