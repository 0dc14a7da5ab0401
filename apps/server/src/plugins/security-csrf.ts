import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error';
import { REFRESH_COOKIE } from '../modules/auth/auth-http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A route's own origin rule (`config.appOrigin`), for routes that start a session and so need the
 * check before any cookie exists: `required` refuses a request that claims no origin at all,
 * `when-claimed` lets it through (a non-browser client) but still refuses a foreign one.
 */
export type AppOriginRule = 'required' | 'when-claimed';

declare module 'fastify' {
  interface FastifyContextConfig {
    appOrigin?: AppOriginRule;
  }
}

/** The origin a browser says a request came from: Origin, else the Referer's origin, else null. */
function claimedOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (typeof referer !== 'string') return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF protection for the only cookie the API reads: the refresh token (httpOnly, SameSite=Strict,
 * path /api/v1/auth), which authenticates POST /auth/refresh and /auth/logout. SameSite already
 * keeps it off cross-site requests in current browsers; this check also covers same-site
 * subdomains and older browsers. A state-changing request that carries the cookie must say it comes
 * from PUBLIC_URL, a CORS_ORIGINS entry or the host it was sent to (browsers always send Origin on
 * POST). Requests without the cookie (bearer tokens, API keys, refresh tokens in the body) are
 * untouched, unless their route sets an `AppOriginRule`.
 */
export function registerCsrfOriginCheck(
  app: FastifyInstance,
  options: { publicUrl: string; trustedOrigins: Set<string> },
) {
  const publicOrigin = new URL(options.publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const withCookie = Boolean(request.cookies?.[REFRESH_COOKIE]);
    const rule = request.routeOptions.config?.appOrigin;
    if (!withCookie && rule === undefined) return;
    const origin = claimedOrigin(request);
    if (origin !== null && trusted(origin, request)) return;
    // Browsers send Origin on every cross-site POST (`null` when they hide it), so a request with
    // neither Origin nor Referer comes from no browser page and cannot be a forged one.
    const claimsNothing = request.headers.origin === undefined && request.headers.referer === undefined;
    if (claimsNothing && !withCookie && rule === 'when-claimed') return;
    request.log.warn({ origin, url: request.url }, 'cross-site request refused');
    throw new AppError('FORBIDDEN', 'Cross-site request refused', {
      messageEs: 'Solicitud rechazada: no viene de la aplicación',
    });
  });

  function trusted(origin: string, request: FastifyRequest): boolean {
    if (origin === publicOrigin || options.trustedOrigins.has(origin)) return true;
    try {
      // Same host under the origin's own scheme, so a default port written out still matches.
      const claimed = new URL(origin);
      return new URL(`${claimed.protocol}//${request.host}`).host === claimed.host;
    } catch {
      return false;
    }
  }
}
