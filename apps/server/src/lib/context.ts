import type { Database } from '@ayni/db';
import type { Logger } from 'pino';

/** What every company-scoped service receives; never a Fastify request. */
export interface ServiceContext {
  companyId: string;
  userId: string;
  role: string;
  db: Database;
  log: Logger;
  requestId: string;
}
