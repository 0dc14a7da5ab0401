import { sql } from 'drizzle-orm';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Database } from './client';

/** Who a transaction acts for; row-level security shows it only rows that match. */
export interface TenantScope {
  /** The company whose rows are visible and writable. */
  companyId?: string;
  /** The user whose own memberships (and their companies) are visible. */
  userId?: string;
  /** Platform-admin listing of companies and memberships (never business data). */
  platform?: boolean;
  /** Hash of an invitation token: makes that one invitation visible to its invitee. */
  invitationTokenHash?: string;
  /** The benchmarks job only: every company's profile and period features (0016_benchmarks_rls). */
  benchmarkJob?: boolean;
  /** SHA-256 of a presented API key: makes that one key visible before its company is known. */
  apiKeyHash?: string;
  /** The scheduled-reports job only: lists due schedules across companies (0020). */
  reportScheduler?: boolean;
  /** The job worker's start only: reads every company's feature_state (0026). */
  featureSweep?: boolean;
}

/**
 * Runs `work` in a transaction whose settings tell the row-level security policies who it acts
 * for (`set_config(..., true)` lasts only until the transaction ends, so pooled connections
 * never carry one tenant's scope into another's request).
 */
export async function withTenant<T>(
  db: Database,
  scope: TenantScope,
  work: (tx: Database) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('app.company_id', ${scope.companyId ?? ''}, true),
      set_config('app.user_id', ${scope.userId ?? ''}, true),
      set_config('app.platform', ${scope.platform ? 'on' : ''}, true),
      set_config('app.invitation_token_hash', ${scope.invitationTokenHash ?? ''}, true),
      set_config('app.benchmark_job', ${scope.benchmarkJob ? 'on' : ''}, true),
      set_config('app.api_key_hash', ${scope.apiKeyHash ?? ''}, true),
      set_config('app.report_scheduler', ${scope.reportScheduler ? 'on' : ''}, true),
      set_config('app.feature_sweep', ${scope.featureSweep ? 'on' : ''}, true)`);
    return work(tx as unknown as Database);
  }, config);
}

/** Shorthand for the common case: everything of one company. */
export function inCompany<T>(
  db: Database,
  companyId: string,
  work: (tx: Database) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  return withTenant(db, { companyId }, work, config);
}

/**
 * Runs the steps one after another and returns their results in order: a transaction is one
 * connection, which runs one query at a time (pg queues overlapping ones with a deprecation
 * warning, and pg 9 refuses them), so `Promise.all` over one `tx` gains nothing.
 */
export async function inSequence<T extends readonly unknown[]>(
  ...steps: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as unknown as T;
}

/**
 * Waits for the advisory lock named `key` (hashed with hashtextextended) and holds it until the
 * transaction `tx` ends.
 */
export async function holdTransactionLock(tx: Database, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
