import {
  changePasswordRequestSchema,
  envelope,
  loginResponseSchema,
  okResponseSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import type { AuthDeps } from './auth-deps';
import { originOf, setRefreshCookie } from './auth-http';
import { changePassword } from './password.service';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service';

/** Changing a password while signed in, and resetting a forgotten one by e-mail. */
export function passwordRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/change-password',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Change the password; ends every session and returns a new one for this client',
        security: bearerAuth,
        body: changePasswordRequestSchema,
        response: {
          200: envelope(loginResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const session = await changePassword(deps, request.userId as string, request.body, originOf(request));
      setRefreshCookie(request, reply, session.refresh_token);
      return ok(request, session);
    },
  );

  r.post(
    '/api/v1/auth/password-reset/request',
    {
      schema: {
        tags: ['auth'],
        summary: 'E-mail a password reset link (valid 1 hour); answers 202 whether or not the account exists',
        body: passwordResetRequestSchema,
        response: {
          202: envelope(okResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email, originOf(request));
      reply.code(202);
      return ok(request, { ok: true as const });
    },
  );

  r.post(
    '/api/v1/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the token from the reset link; ends every session',
        body: passwordResetConfirmSchema,
        response: { 200: envelope(okResponseSchema), ...errorResponses('VALIDATION_ERROR') },
      },
    },
    async (request) => {
      await confirmPasswordReset(deps, request.body, originOf(request));
      return ok(request, { ok: true as const });
    },
  );
}
