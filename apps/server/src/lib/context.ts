import type { Database } from '@ayni/db';
import type { Logger } from 'pino';

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** What every company-scoped service receives; never a Fastify request. */
export interface ServiceContext {
  companyId: string;
  userId: string;
  role: string;
  db: Database;
  log: Logger;
  requestId: string;
  origin: RequestOrigin;
}
