import {
  envelope,
  okResponseSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpEnableResponseSchema,
  totpSetupResponseSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import type { AuthDeps } from './auth-deps';
import { originOf } from './auth-http';
import { disableTwoFactor, enableTwoFactor, setupTwoFactor } from './two-factor.service';

/** Optional TOTP two-factor authentication for the signed-in user. */
export function twoFactorRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/2fa/setup',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor setup: a new TOTP secret and its otpauth:// URI (for a QR code)',
        security: bearerAuth,
        response: { 200: envelope(totpSetupResponseSchema), ...errorResponses('UNAUTHORIZED', 'CONFLICT') },
      },
    },
    async (request) => ok(request, await setupTwoFactor(deps, request.userId as string)),
  );

  r.post(
    '/api/v1/auth/2fa/enable',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor on with a code from the app; returns 10 one-time recovery codes',
        security: bearerAuth,
        body: totpEnableRequestSchema,
        response: {
          200: envelope(totpEnableResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'CONFLICT', 'RATE_LIMITED'),
        },
      },
    },
    async (request) =>
      ok(
        request,
        await enableTwoFactor(deps, request.userId as string, request.body.code, originOf(request)),
      ),
  );

  r.post(
    '/api/v1/auth/2fa/disable',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor off (needs the password and a current or recovery code)',
        security: bearerAuth,
        body: totpDisableRequestSchema,
        response: {
          200: envelope(okResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'RATE_LIMITED'),
        },
      },
    },
    async (request) => {
      await disableTwoFactor(deps, request.userId as string, request.body, originOf(request));
      return ok(request, { ok: true as const });
    },
  );
}
