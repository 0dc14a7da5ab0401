import type { DashboardKind, ReportFrequency } from '@ayni/contracts';
import {
  deleteSchedule,
  findLiveCompany,
  findReportRecipient,
  inCompany,
  insertReport,
  listDueSchedules,
  markScheduleRun,
  type ReportScheduleRow,
  withTenant,
} from '@ayni/db';
import type { Mailer } from '../../lib/mailer/mailer';
import { buildReport, type ReportBuildDeps } from './build-report';
import { scheduledReportEmail } from './report-email';
import { lastCompletePeriod, nextRunAt } from './report-periods';
import { allowedReportRoles } from './reports.service';
import { signUnsubscribeToken } from './unsubscribe-token';

export interface ScheduleSweepDeps extends ReportBuildDeps {
  mailer: Mailer;
  /** Base URL of the web app, for the links in the e-mail. */
  publicUrl: string;
}

/** Schedules read per batch, and batches per sweep (the rest wait for the next, hourly, one). */
const BATCH = 50;
const MAX_ROUNDS = 20;

export const REPORT_SCHEDULE_JOB_ID = 'reports.schedule';
export const REPORT_SCHEDULE_EVERY_MS = 3_600_000;

type Outcome = 'sent' | 'no_data' | 'removed' | 'failed';

async function runOne(deps: ScheduleSweepDeps, schedule: ReportScheduleRow, now: number): Promise<Outcome> {
  const { companyId, userId } = schedule;
  const frequency = schedule.frequency as ReportFrequency;
  const found = await inCompany(deps.db.db, companyId, async (tx) => ({
    company: await findLiveCompany(tx, companyId),
    member: await findReportRecipient(tx, companyId, userId),
  }));
  if (!found.company || !found.member) {
    // The member left (or the company is being deleted): nobody to send it to.
    await inCompany(deps.db.db, companyId, (tx) => deleteSchedule(tx, companyId, userId, frequency));
    return 'removed';
  }
  // The member's role may have changed since they subscribed: never send a view they cannot see.
  const allowed = allowedReportRoles(found.member.role);
  const role = allowed.includes(schedule.role as DashboardKind) ? schedule.role : (allowed[0] as string);
  const { kind, period } = lastCompletePeriod(frequency, now);
  const report = await inCompany(deps.db.db, companyId, (tx) =>
    insertReport(tx, companyId, {
      requestedBy: userId,
      role,
      periodKind: kind,
      period,
      language: schedule.language,
      scheduleId: schedule.id,
    }),
  );
  const built = await buildReport(deps, companyId, report.id, { lastAttempt: true });
  let outcome: Outcome = built.status === 'completed' ? 'sent' : 'failed';
  if (built.status === 'failed' && built.failure.code === 'REPORT_NO_DATA') outcome = 'no_data';
  if (built.status === 'completed') {
    const base = deps.publicUrl.replace(/\/+$/, '');
    const token = await signUnsubscribeToken(deps.db.db, { companyId, scheduleId: schedule.id });
    await deps.mailer.send(
      scheduledReportEmail({
        to: { email: found.member.email, name: found.member.name },
        language: schedule.language === 'en' ? 'en' : 'es',
        companyName: found.company.name,
        period,
        pages: built.pages,
        link: `${base}/c/${companyId}/reports?report=${report.id}`,
        unsubscribeLink: `${base}/api/v1/report-schedules/unsubscribe?token=${encodeURIComponent(token)}`,
      }),
    );
  }
  await inCompany(deps.db.db, companyId, (tx) =>
    markScheduleRun(tx, companyId, schedule.id, {
      nextRunAt: nextRunAt(frequency, now),
      lastSentAt: outcome === 'sent' ? new Date(now) : null,
    }),
  );
  return outcome;
}

/**
 * Job `reports.schedule`: every due schedule gets the report of its last complete week or
 * month by e-mail, then its next run. A period without sales sends nothing and simply moves
 * on; one schedule's failure does not stop the others.
 */
export async function runReportSchedules(deps: ScheduleSweepDeps): Promise<Record<Outcome, number>> {
  const now = deps.clock();
  const counts: Record<Outcome, number> = { sent: 0, no_data: 0, removed: 0, failed: 0 };
  // Batches until none is due; a schedule that failed stays due (retried next hour), so it is
  // skipped here rather than picked up again and again.
  const seen = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = await withTenant(deps.db.db, { reportScheduler: true }, (tx) =>
      listDueSchedules(tx, new Date(now), BATCH + seen.size),
    );
    const fresh = due.filter((s) => !seen.has(`${s.companyId}/${s.id}`));
    if (fresh.length === 0) break;
    for (const schedule of fresh) {
      seen.add(`${schedule.companyId}/${schedule.id}`);
      try {
        counts[await runOne(deps, schedule, now)]++;
      } catch (err) {
        counts.failed++;
        deps.log.error(
          { err, company_id: schedule.companyId, schedule_id: schedule.id },
          'scheduled report failed',
        );
      }
    }
  }
  return counts;
}
