import { sql } from 'drizzle-orm';
import type { Database } from '../client';

export type JobRow = {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  request_id: string | null;
};

/** Adds a job unless one with the same id is still pending; returns whether it was added. */
export async function insertJob(
  db: Database,
  job: {
    id: string;
    name: string;
    payload: unknown;
    maxAttempts: number;
    requestId: string | null;
    delayMs?: number;
  },
): Promise<boolean> {
  const runAt = sql`now() + make_interval(secs => ${(job.delayMs ?? 0) / 1000})`;
  const result = await db.execute(sql`
    insert into jobs (id, name, payload, max_attempts, request_id, run_at)
    values (${job.id}, ${job.name}, ${JSON.stringify(job.payload)}::jsonb, ${job.maxAttempts}, ${job.requestId}, ${runAt})
    on conflict (id) do update set status = 'queued', attempts = 0, run_at = excluded.run_at, last_error = null,
      payload = excluded.payload, request_id = excluded.request_id, finished_at = null
      where jobs.status in ('completed', 'failed')`);
  return (result.rowCount ?? 0) > 0;
}

/** Claims the oldest ready job (skipping ones other workers hold) and marks it running. */
export async function claimNextJob(db: Database): Promise<JobRow | undefined> {
  const result = await db.execute<JobRow>(sql`
    update jobs set status = 'running', locked_at = now(), attempts = attempts + 1
    where id = (
      select id from jobs where status = 'queued' and run_at <= now()
      order by run_at, created_at for update skip locked limit 1)
    returning id, name, payload, attempts, max_attempts, request_id`);
  return result.rows[0];
}

export async function completeJob(db: Database, id: string): Promise<void> {
  await db.execute(
    sql`update jobs set status = 'completed', finished_at = now(), locked_at = null where id = ${id}`,
  );
}

/** Schedules a retry after `delayMs`, or marks the job failed for good when attempts are exhausted. */
export async function failJob(
  db: Database,
  id: string,
  error: string,
  delayMs: number | null,
): Promise<void> {
  if (delayMs === null) {
    await db.execute(sql`update jobs set status = 'failed', last_error = ${error}, finished_at = now(),
      locked_at = null where id = ${id}`);
    return;
  }
  await db.execute(sql`update jobs set status = 'queued', last_error = ${error}, locked_at = null,
    run_at = now() + make_interval(secs => ${delayMs / 1000}) where id = ${id}`);
}

/** Puts back jobs left `running` longer than `staleMs` (their worker died) so they run again. */
export async function requeueStaleJobs(db: Database, staleMs: number): Promise<number> {
  const result = await db.execute(sql`update jobs set status = 'queued', locked_at = null
    where status = 'running' and locked_at < now() - make_interval(secs => ${staleMs / 1000})`);
  return result.rowCount ?? 0;
}

export async function countJobsByStatus(db: Database): Promise<Record<string, number>> {
  const result = await db.execute<{ status: string; n: number }>(
    sql`select status, count(*)::int as n from jobs group by status`,
  );
  return Object.fromEntries(result.rows.map((r) => [r.status, r.n]));
}

export async function findJob(db: Database, id: string) {
  const result = await db.execute<{
    id: string;
    status: string;
    attempts: number;
    last_error: string | null;
    request_id: string | null;
  }>(sql`select id, status, attempts, last_error, request_id from jobs where id = ${id}`);
  return result.rows[0];
}
