import {
  envelope,
  loginRequestSchema,
  loginResponseSchema,
  okResponseSchema,
  refreshRequestSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { unauthorized } from '../../lib/app-error';
import { ok } from '../../lib/envelope';
import { errorResponses } from '../../lib/route-schema';
import { accountRoutes } from './account.routes';
import type { AuthDeps } from './auth-deps';
import { clearRefreshCookie, originOf, refreshTokenFrom, setRefreshCookie } from './auth-http';
import { login } from './login.service';
import { passwordRoutes } from './password.routes';
import { endSession, refreshSession } from './sessions.service';
import { twoFactorRoutes } from './two-factor.routes';

/** Everything under /api/v1/auth: sessions here, the account, passwords and 2FA in their files. */
export function authRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      // A foreign page must not sign a browser into an account of its choosing (login CSRF);
      // scripts that send no Origin or Referer still sign in with their password.
      config: { appOrigin: 'when-claimed' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail, password and (when enabled) a two-factor code',
        description:
          'Also sets the refresh token as the httpOnly `ayni_refresh` cookie. 403 when the request ' +
          "says it comes from a page that is not the app's (Origin or Referer).",
        body: loginRequestSchema,
        response: {
          200: envelope(loginResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const session = await login(deps, request.body, originOf(request));
      setRefreshCookie(request, reply, session.refresh_token);
      return ok(request, session);
    },
  );

  r.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Trade a refresh token (cookie or body) for new tokens; the old one stops working',
        description:
          'Browsers send no body (the `ayni_refresh` cookie carries the token). Reusing a rotated token ' +
          'revokes its whole session family.',
        body: refreshRequestSchema.nullish(),
        response: {
          200: envelope(loginResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED'),
        },
      },
    },
    async (request, reply) => {
      const token = refreshTokenFrom(request, request.body);
      try {
        if (!token)
          throw unauthorized(
            'No session to refresh; sign in',
            'No hay una sesión que renovar; inicia sesión',
          );
        const session = await refreshSession(deps, token, originOf(request));
        setRefreshCookie(request, reply, session.refresh_token);
        return ok(request, session);
      } catch (err) {
        // A refresh token that failed once never works again; drop it from the browser.
        clearRefreshCookie(request, reply);
        throw err;
      }
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: "Sign out: revoke the refresh token's session (cookie or body) and clear the cookie",
        description: 'The body is optional; browsers send no body (the cookie carries the token).',
        body: refreshRequestSchema.nullish(),
        response: { 200: envelope(okResponseSchema), ...errorResponses('VALIDATION_ERROR') },
      },
    },
    async (request, reply) => {
      await endSession(deps, refreshTokenFrom(request, request.body), originOf(request));
      clearRefreshCookie(request, reply);
      return ok(request, { ok: true as const });
    },
  );

  accountRoutes(app, deps);
  passwordRoutes(app, deps);
  twoFactorRoutes(app, deps);
}
