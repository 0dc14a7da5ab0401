import { demoAvailabilitySchema, envelope, loginResponseSchema } from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ok } from '../../lib/envelope';
import { errorResponses } from '../../lib/route-schema';
import { originOf, setRefreshCookie } from '../auth/auth-http';
import { type DemoDeps, demoAvailable, startDemoVisit } from './demo-visitors';

/** `/api/v1/auth/demo`: try the seeded demo company read-only, without an account. */
export function demoRoutes(app: FastifyInstance, deps: DemoDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/auth/demo',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether visitors may try the demo company without an account',
        description: 'True when AYNI_DEMO_VISITORS is on and the demo company is seeded.',
        response: { 200: envelope(demoAvailabilitySchema), ...errorResponses() },
      },
    },
    async (request) => ok(request, { available: await demoAvailable(deps) }),
  );

  r.post(
    '/api/v1/auth/demo',
    {
      // Only the app's own pages start a visit: it creates an account and replaces the browser's
      // session cookie. A request with neither Origin nor Referer is refused too: the demo is a
      // button in the app, whose browser always sends Origin on this POST, so no real caller lacks
      // both, whereas a forged form from an old browser (no Origin) on a page hiding its Referer would.
      config: { appOrigin: 'required' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in as a new throwaway visitor with read-only access to the demo company',
        description:
          'Creates an account under demo.ayni.invalid (random password, never shown) that is a viewer of ' +
          'the demo company only, and answers like login (refresh token also as the `ayni_refresh` ' +
          'cookie). The account is deleted after 24 hours. 404 when the demo is not available; 403 ' +
          "unless the Origin (or, without one, the Referer) is the app's own (PUBLIC_URL, CORS_ORIGINS " +
          'or the host the request was sent to).',
        response: {
          200: envelope(loginResponseSchema),
          ...errorResponses('FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const session = await startDemoVisit(deps, originOf(request));
      setRefreshCookie(request, reply, session.refresh_token);
      return ok(request, session);
    },
  );
}
