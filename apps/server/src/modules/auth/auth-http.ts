import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthOrigin } from './auth-deps';
import { REFRESH_TOKEN_TTL_MS } from './sessions.service';

/** The refresh token's cookie: httpOnly, only sent to the auth endpoints, never to scripts. */
export const REFRESH_COOKIE = 'ayni_refresh';
const COOKIE_PATH = '/api/v1/auth';

export function originOf(request: FastifyRequest): AuthOrigin {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

export function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('cache-control', 'no-store');
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: COOKIE_PATH,
    maxAge: Math.floor(REFRESH_TOKEN_TTL_MS / 1000),
  });
}

export function clearRefreshCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: COOKIE_PATH,
  });
}

/** A refresh token from the body (API clients) or the cookie (browsers). */
export function refreshTokenFrom(
  request: FastifyRequest,
  body?: { refresh_token?: string } | null,
): string | null {
  return body?.refresh_token ?? request.cookies?.[REFRESH_COOKIE] ?? null;
}
