import type { Database } from '@ayni/db';
import type { Logger } from 'pino';
import type { RequestOrigin } from '../../lib/context';
import type { Mailer } from '../../lib/mailer/mailer';
import type { RateLimiter } from '../../lib/rate-limit/rate-limiter';
import type { TokenService } from '../../lib/tokens';

/** What the auth services need; built once in `app.ts`. */
export interface AuthDeps {
  db: Database;
  tokens: TokenService;
  mailer: Mailer;
  limiter: RateLimiter;
  log: Logger;
  /** Base URL of the web app, for links in e-mails. */
  publicUrl: string;
}

/** Where an auth request came from (recorded in `auth_events`, keys the per-IP limits). */
export type AuthOrigin = RequestOrigin;
