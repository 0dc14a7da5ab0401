import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { registerCsrfOriginCheck } from './security-csrf';

export interface SecurityOptions {
  /** Base URL of the web app (PUBLIC_URL): its origin may always call the API. */
  publicUrl: string;
  /** Other origins allowed to call the API from a browser (CORS_ORIGINS); none by default. */
  corsOrigins?: string[];
  /** Strict-Transport-Security, sent in production only (a dev server on http must stay reachable). */
  hsts?: boolean;
}

/**
 * The web app is Vite's output: module scripts and stylesheets from /assets, ECharts on canvas,
 * the WebSocket on the same host. Nothing inline is needed for scripts. Styles keep
 * 'unsafe-inline' because React and ECharts set `style` attributes (tooltips, chart containers),
 * which a strict style-src would block; styles cannot run code.
 */
export function contentSecurityPolicy(upgradeInsecure: boolean) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      ...(upgradeInsecure ? { 'upgrade-insecure-requests': [] } : {}),
    },
  };
}

/** Security headers (helmet), CORS limited to the configured origins, and the CSRF origin check. */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions) {
  const https = options.publicUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy(https),
    hsts: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // API clients on allowed origins read responses through CORS; CORP would only block no-cors embeds.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const allowed = new Set(options.corsOrigins ?? []);
  await app.register(cors, {
    // Same origin needs no CORS at all; other origins only when listed. Bearer tokens, no cookies.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'x-api-key'],
    exposedHeaders: ['x-request-id', 'content-disposition', 'retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });
  registerCsrfOriginCheck(app, { publicUrl: options.publicUrl, trustedOrigins: allowed });
}
