import { ERROR_STATUS, type ErrorCode, errorBodySchema } from '@ayni/contracts';

/** Error responses for a route's OpenAPI entry; every route gets 500. */
export function errorResponses(...codes: ErrorCode[]) {
  const out: Record<number, typeof errorBodySchema> = { 500: errorBodySchema };
  for (const code of codes) out[ERROR_STATUS[code]] = errorBodySchema;
  return out;
}

/** Errors every authenticated, company-scoped route can answer. */
export const companyRouteErrors = ['VALIDATION_ERROR', 'UNAUTHORIZED', 'NOT_FOUND'] as const;

export const bearerAuth = [{ bearerAuth: [] }];
