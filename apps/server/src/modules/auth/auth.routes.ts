import { envelope, loginRequestSchema, loginResponseSchema, userSchema } from '@ayni/contracts';
import type { Database } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { bearerAuth, errorResponses } from '../../lib/route-schema';
import type { TokenService } from '../../lib/tokens';
import { login, me } from './auth.service';

export function authRoutes(app: FastifyInstance, deps: { db: Database; tokens: TokenService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: loginRequestSchema,
        response: {
          200: envelope(loginResponseSchema),
          ...errorResponses('VALIDATION_ERROR', 'UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMITED'),
        },
      },
    },
    async (request) => ok(request, await login(deps, request.body)),
  );

  r.get(
    '/api/v1/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: bearerAuth,
        response: { 200: envelope(userSchema), ...errorResponses('UNAUTHORIZED') },
      },
    },
    async (request) => ok(request, await me(deps.db, request.userId as string)),
  );
}
