import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { memberships, platformSettings, users } from '../schema';
import { reportSchedules, reports } from '../schema-integrations';

export type ReportRow = typeof reports.$inferSelect;
export type NewReport = Omit<typeof reports.$inferInsert, 'companyId'>;
export type ReportScheduleRow = typeof reportSchedules.$inferSelect;

export async function insertReport(db: Database, companyId: string, report: NewReport): Promise<ReportRow> {
  const [row] = await db
    .insert(reports)
    .values({ ...report, companyId })
    .returning();
  if (!row) throw new Error('insert into reports returned nothing');
  return row;
}

export async function getReport(db: Database, companyId: string, reportId: string) {
  const rows = await db
    .select()
    .from(reports)
    .where(and(eq(reports.companyId, companyId), eq(reports.id, reportId)))
    .limit(1);
  return rows[0];
}

/** Newest first. */
export async function listReports(db: Database, companyId: string, limit: number) {
  return db
    .select()
    .from(reports)
    .where(eq(reports.companyId, companyId))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(limit);
}

export type ReportPatch = Partial<
  Pick<
    ReportRow,
    | 'status'
    | 'progress'
    | 'storageKey'
    | 'sizeBytes'
    | 'pages'
    | 'errorCode'
    | 'errorMessage'
    | 'errorMessageEs'
    | 'finishedAt'
  >
>;

export async function updateReport(db: Database, companyId: string, reportId: string, patch: ReportPatch) {
  await db
    .update(reports)
    .set(patch)
    .where(and(eq(reports.companyId, companyId), eq(reports.id, reportId)));
}

// ── schedules ────────────────────────────────────────────────────────────────────────────────

export async function listMemberSchedules(db: Database, companyId: string, userId: string) {
  return db
    .select()
    .from(reportSchedules)
    .where(and(eq(reportSchedules.companyId, companyId), eq(reportSchedules.userId, userId)))
    .orderBy(asc(reportSchedules.frequency));
}

/** Creates or replaces the member's schedule of one frequency (active again). */
export async function upsertSchedule(
  db: Database,
  companyId: string,
  schedule: { userId: string; frequency: string; role: string; language: string; nextRunAt: Date },
) {
  await db
    .insert(reportSchedules)
    .values({ ...schedule, companyId, active: true })
    .onConflictDoUpdate({
      target: [reportSchedules.companyId, reportSchedules.userId, reportSchedules.frequency],
      set: {
        role: schedule.role,
        language: schedule.language,
        active: true,
        nextRunAt: schedule.nextRunAt,
      },
    });
}

export async function deleteSchedule(db: Database, companyId: string, userId: string, frequency?: string) {
  await db
    .delete(reportSchedules)
    .where(
      and(
        eq(reportSchedules.companyId, companyId),
        eq(reportSchedules.userId, userId),
        frequency ? eq(reportSchedules.frequency, frequency) : undefined,
      ),
    );
}

/** Switches one schedule off; returns whether it existed. */
export async function deactivateSchedule(db: Database, companyId: string, scheduleId: string) {
  const rows = await db
    .update(reportSchedules)
    .set({ active: false })
    .where(and(eq(reportSchedules.companyId, companyId), eq(reportSchedules.id, scheduleId)))
    .returning({ id: reportSchedules.id });
  return rows.length > 0;
}

export async function markScheduleRun(
  db: Database,
  companyId: string,
  scheduleId: string,
  run: { nextRunAt: Date; lastSentAt: Date | null },
) {
  await db
    .update(reportSchedules)
    .set(
      run.lastSentAt
        ? { nextRunAt: run.nextRunAt, lastSentAt: run.lastSentAt }
        : { nextRunAt: run.nextRunAt },
    )
    .where(and(eq(reportSchedules.companyId, companyId), eq(reportSchedules.id, scheduleId)));
}

/**
 * Active schedules due at `now`, across companies: run in `withTenant(db, { reportScheduler:
 * true })`, whose policy (0020) only lets this SELECT see them.
 */
export async function listDueSchedules(db: Database, now: Date, limit: number) {
  return db
    .select()
    .from(reportSchedules)
    .where(and(eq(reportSchedules.active, true), lte(reportSchedules.nextRunAt, now)))
    .orderBy(asc(reportSchedules.nextRunAt))
    .limit(limit);
}

/** The member's e-mail, name and current role (company scope); undefined once they left. */
export async function findReportRecipient(db: Database, companyId: string, userId: string) {
  const rows = await db
    .select({ email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .limit(1);
  return rows[0];
}

const LINK_KEY = 'reports.link_key';

/**
 * The key that signs unsubscribe links, shared by every API and worker process through the
 * database: created once (first writer wins), then only read.
 */
export async function reportLinkKey(db: Database): Promise<string> {
  await db
    .insert(platformSettings)
    .values({ key: LINK_KEY, value: sql`${JSON.stringify(randomBytes(32).toString('base64url'))}::jsonb` })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: platformSettings.value })
    .from(platformSettings)
    .where(eq(platformSettings.key, LINK_KEY));
  if (typeof row?.value !== 'string') throw new Error('report link key missing');
  return row.value;
}
