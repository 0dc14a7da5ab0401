import type { PutReportSchedule, ReportFrequency, ReportSchedule } from '@ayni/contracts';
import {
  deactivateSchedule,
  deleteSchedule,
  inCompany,
  listMemberSchedules,
  type ReportScheduleRow,
  upsertSchedule,
} from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { nextRunAt } from './report-periods';
import { assertRoleAllowed } from './reports.service';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const FREQUENCIES: readonly ReportFrequency[] = ['weekly', 'monthly'];

function scheduleView(rows: ReportScheduleRow[]): ReportSchedule {
  const entry = (frequency: ReportFrequency) => {
    const row = rows.find((r) => r.frequency === frequency && r.active);
    return row
      ? {
          role: row.role as 'owner',
          language: row.language as 'es',
          next_run_at: row.nextRunAt.toISOString(),
          last_sent_at: row.lastSentAt?.toISOString() ?? null,
        }
      : null;
  };
  return { weekly: entry('weekly'), monthly: entry('monthly') };
}

/** The current member's weekly and monthly schedules. */
export async function getMySchedule(ctx: ServiceContext): Promise<ReportSchedule> {
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) =>
    listMemberSchedules(tx, ctx.companyId, ctx.userId),
  );
  return scheduleView(rows);
}

/** Replaces both frequencies: given ones are (re)activated from the next run, missing ones removed. */
export async function putMySchedule(
  ctx: ServiceContext,
  body: PutReportSchedule,
  now: () => number,
): Promise<ReportSchedule> {
  for (const frequency of FREQUENCIES) {
    const entry = body[frequency];
    if (entry) assertRoleAllowed(ctx, entry.role);
  }
  const rows = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    for (const frequency of FREQUENCIES) {
      const entry = body[frequency];
      if (!entry) {
        await deleteSchedule(tx, ctx.companyId, ctx.userId, frequency);
        continue;
      }
      await upsertSchedule(tx, ctx.companyId, {
        userId: ctx.userId,
        frequency,
        role: entry.role,
        language: entry.language,
        nextRunAt: nextRunAt(frequency, now()),
      });
    }
    return listMemberSchedules(tx, ctx.companyId, ctx.userId);
  });
  return scheduleView(rows);
}

export async function deleteMySchedule(ctx: ServiceContext): Promise<void> {
  await inCompany(ctx.db, ctx.companyId, (tx) => deleteSchedule(tx, ctx.companyId, ctx.userId));
}

/** The e-mail link: true when a schedule was switched off, false for a forged or unknown token. */
export async function unsubscribe(db: ServiceContext['db'], token: string): Promise<boolean> {
  const claims = await verifyUnsubscribeToken(db, token);
  if (!claims) return false;
  return inCompany(db, claims.companyId, (tx) => deactivateSchedule(tx, claims.companyId, claims.scheduleId));
}
