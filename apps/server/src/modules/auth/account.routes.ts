import {
  accountSchema,
  envelope,
  okResponseSchema,
  registerRequestSchema,
  registerResponseSchema,
  tokenRequestSchema,
  updateMeRequestSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import { me, updateMe } from './auth.service';
import type { AuthDeps } from './auth-deps';
import { originOf } from './auth-http';
import { register, resendVerification, verifyEmail } from './register.service';

/** Sign-up, e-mail verification and the signed-in user's own profile. */
export function accountRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/register',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account; sends an e-mail verification link (valid 48 hours)',
        body: registerRequestSchema,
        response: {
          201: envelope(registerResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'CONFLICT', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const user = await register(deps, request.body, originOf(request));
      reply.code(201);
      return ok(request, { user });
    },
  );

  r.post(
    '/api/v1/auth/verify-email',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm the e-mail address with the token from the verification link',
        body: tokenRequestSchema,
        response: { 200: envelope(accountSchema), ...errorResponses('VALIDATION_ERROR') },
      },
    },
    async (request) => ok(request, await verifyEmail(deps, request.body.token, originOf(request))),
  );

  r.post(
    '/api/v1/auth/verify-email/resend',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Send a new verification link to the signed-in user (nothing if already verified)',
        security: bearerAuth,
        response: { 200: envelope(okResponseSchema), ...errorResponses('UNAUTHORIZED', 'RATE_LIMITED') },
      },
    },
    async (request) => {
      await resendVerification(deps, request.userId as string);
      return ok(request, { ok: true as const });
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: bearerAuth,
        response: { 200: envelope(accountSchema), ...errorResponses('UNAUTHORIZED') },
      },
    },
    async (request) => ok(request, await me(deps.db, request.userId as string)),
  );

  r.patch(
    '/api/v1/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: "Update the signed-in user's profile (name)",
        security: bearerAuth,
        body: updateMeRequestSchema,
        response: { 200: envelope(accountSchema), ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED') },
      },
    },
    async (request) => ok(request, await updateMe(deps.db, request.userId as string, request.body)),
  );
}
