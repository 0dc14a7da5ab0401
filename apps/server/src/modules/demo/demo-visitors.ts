import { randomBytes, randomUUID } from 'node:crypto';
import type { LoginResponse } from '@ayni/contracts';
import {
  addMembership,
  type Database,
  DEMO_VISITOR_DOMAIN,
  deleteUsers,
  findCompanyByRut,
  inCompany,
  insertUser,
  listCompaniesOfUser,
  listUsersOfDomainBefore,
  markEmailVerified,
  softDeleteCompany,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/passwords';
import type { RateLimitRule } from '../../lib/rate-limit/rate-limiter';
import { DEMO_COMPANY } from '../../runtime/seed-demo';
import type { AuthDeps, AuthOrigin } from '../auth/auth-deps';
import { recordAuthEvent } from '../auth/auth-events';
import { enforceLimit } from '../auth/auth-limits';
import { startSession } from '../auth/sessions.service';

/** A visitor's account, and anything it made, is deleted this long after it was created. */
export const DEMO_VISITOR_TTL_MS = 24 * 3600_000;
/** Visitor accounts per client IP: enough for a family behind one router, not for a script. */
export const DEMO_VISITOR_LIMIT: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const PURGE_VISITORS_JOB_ID = 'demo.purge-visitors';
export const PURGE_VISITORS_EVERY_MS = 60 * 60_000;

export interface DemoDeps extends AuthDeps {
  /** AYNI_DEMO_VISITORS: on in the embedded demo app, off in production unless set. */
  enabled: boolean;
}

const unavailable = () =>
  new AppError('NOT_FOUND', 'The demo is not available on this server', {
    messageEs: 'La demo no está disponible en este servidor',
  });

/** The seeded demo company, when this server has one (and it is not deleted). */
export async function findDemoCompanyId(db: Database): Promise<string | null> {
  const company = await withTenant(db, { platform: true }, (tx) => findCompanyByRut(tx, DEMO_COMPANY.rut));
  return company?.isDemo && !company.deletedAt ? company.id : null;
}

export async function demoAvailable(deps: DemoDeps): Promise<boolean> {
  return deps.enabled && (await findDemoCompanyId(deps.db)) !== null;
}

/**
 * A fresh throwaway account (random e-mail under the reserved domain, random password nobody
 * ever sees) with read-only access to the demo company, signed in like `login` does.
 */
export async function startDemoVisit(deps: DemoDeps, origin: AuthOrigin): Promise<LoginResponse> {
  if (!deps.enabled) throw unavailable();
  await enforceLimit(deps.limiter, `demo:ip:${origin.ip ?? 'unknown'}`, DEMO_VISITOR_LIMIT);
  const companyId = await findDemoCompanyId(deps.db);
  if (!companyId) throw unavailable();
  const email = `visitante-${randomUUID()}@${DEMO_VISITOR_DOMAIN}`;
  const user = await insertUser(deps.db, {
    email,
    name: 'Visitante demo',
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
  });
  await markEmailVerified(deps.db, user.id, new Date());
  await inCompany(deps.db, companyId, (tx) => addMembership(tx, companyId, user.id, 'viewer'));
  await recordAuthEvent(deps.db, 'registered', { userId: user.id, email }, origin);
  await recordAuthEvent(deps.db, 'ok', { userId: user.id, email }, origin);
  return startSession(deps, { ...user, emailVerifiedAt: new Date() }, origin);
}

/**
 * Job `demo.purge-visitors`: deletes the visitor accounts older than 24 hours. A company a
 * visitor created is deleted with no grace period (the `companies.purge` sweep takes its data);
 * memberships, sessions and tokens go with the account through the foreign keys.
 */
export async function purgeDemoVisitors(db: Database, log: Logger, now = new Date()): Promise<number> {
  const ids = await listUsersOfDomainBefore(
    db,
    DEMO_VISITOR_DOMAIN,
    new Date(now.getTime() - DEMO_VISITOR_TTL_MS),
  );
  for (const userId of ids) {
    const owned = await withTenant(db, { userId }, (tx) => listCompaniesOfUser(tx, userId));
    for (const { company, role } of owned) {
      if (role !== 'owner' || company.isDemo) continue;
      await inCompany(db, company.id, (tx) => softDeleteCompany(tx, company.id, 0));
      log.info({ company_id: company.id }, 'company of a demo visitor deleted');
    }
  }
  return deleteUsers(db, ids);
}
