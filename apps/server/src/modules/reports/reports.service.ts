import type { Readable } from 'node:stream';
import type { CreateReport, DashboardKind, Report, Role } from '@ayni/contracts';
import { getReport, inCompany, insertReport, listReports, type ReportRow } from '@ayni/db';
import type { FileStorage } from '../../infra/storage/file-storage';
import { StorageObjectNotFoundError } from '../../infra/storage/file-storage';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError, notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize, DEFAULT_DASHBOARD } from '../../lib/permissions';
import { periodRow } from './report-data';
import { noDataError } from './report-errors';

const LIST_LIMIT = 50;

/** The dashboards' rule: viewers read the owner view only, every other member all four. */
export function allowedReportRoles(memberRole: string): DashboardKind[] {
  if (memberRole === 'viewer') return [DEFAULT_DASHBOARD.viewer];
  return ['owner', 'operations', 'marketing', 'finance'];
}

export function assertRoleAllowed(ctx: Pick<ServiceContext, 'role'>, role: DashboardKind): void {
  authorize(ctx, 'view_dashboards');
  if (!allowedReportRoles(ctx.role).includes(role)) {
    throw new AppError('FORBIDDEN', `Your role cannot see the ${role} dashboard`, {
      messageEs: 'Tu rol no puede ver esa vista del panel',
      details: [{ field: 'body.role', message: `allowed: ${allowedReportRoles(ctx.role).join(', ')}` }],
    });
  }
}

export const reportUrl = (companyId: string, reportId: string) =>
  `/api/v1/companies/${companyId}/reports/${reportId}`;

export function reportView(row: ReportRow): Report {
  const url = reportUrl(row.companyId, row.id);
  return {
    id: row.id,
    role: row.role as DashboardKind,
    period_kind: row.periodKind as Report['period_kind'],
    period: row.period,
    language: row.language as Report['language'],
    status: row.status as Report['status'],
    progress: row.progress,
    pages: row.pages,
    size_bytes: row.sizeBytes,
    error: row.errorCode
      ? { code: row.errorCode, message: row.errorMessage ?? '', message_es: row.errorMessageEs ?? '' }
      : null,
    scheduled: row.scheduleId !== null,
    status_url: url,
    download_url: row.status === 'completed' ? `${url}/download` : null,
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}

/** Checks the period has sales (a clear 422 now rather than a failed job later), then queues the build. */
export async function requestReport(
  ctx: ServiceContext,
  queue: Pick<JobQueue, 'enqueue'>,
  body: CreateReport,
): Promise<Report> {
  assertRoleAllowed(ctx, body.role);
  if (!(await periodRow(ctx, body.period_kind, body.period))) throw noDataError(body.period);
  const row = await inCompany(ctx.db, ctx.companyId, (tx) =>
    insertReport(tx, ctx.companyId, {
      requestedBy: ctx.userId,
      role: body.role,
      periodKind: body.period_kind,
      period: body.period,
      language: body.language,
    }),
  );
  await queue.enqueue(
    'reports.build',
    { companyId: ctx.companyId, reportId: row.id },
    { jobId: `reports.build.${row.id}`, requestId: ctx.requestId },
  );
  return reportView(row);
}

/** The company's reports the member may see (by the dashboard role rule), newest first. */
export async function listCompanyReports(ctx: ServiceContext): Promise<Report[]> {
  authorize(ctx, 'view_dashboards');
  const allowed = allowedReportRoles(ctx.role as Role) as string[];
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listReports(tx, ctx.companyId, LIST_LIMIT));
  return rows.filter((r) => allowed.includes(r.role)).map(reportView);
}

async function visibleReport(ctx: ServiceContext, reportId: string): Promise<ReportRow> {
  authorize(ctx, 'view_dashboards');
  const row = await inCompany(ctx.db, ctx.companyId, (tx) => getReport(tx, ctx.companyId, reportId));
  // A report of a view the member may not see does not exist for them.
  if (!row || !(allowedReportRoles(ctx.role) as string[]).includes(row.role)) throw notFound('Report');
  return row;
}

export async function getCompanyReport(ctx: ServiceContext, reportId: string): Promise<Report> {
  return reportView(await visibleReport(ctx, reportId));
}

/** The stored PDF; 404 until it is ready. */
export async function openReportPdf(
  ctx: ServiceContext,
  storage: FileStorage,
  reportId: string,
): Promise<{ filename: string; sizeBytes: number; body: Readable }> {
  const row = await visibleReport(ctx, reportId);
  if (row.status !== 'completed' || !row.storageKey) throw notFound('Report file');
  const body = await storage.get(row.storageKey).catch((err) => {
    if (err instanceof StorageObjectNotFoundError) throw notFound('Report file');
    throw err;
  });
  const label = { es: 'informe', en: 'report' }[row.language as 'es' | 'en'] ?? 'report';
  return {
    filename: `ayni-${label}-${row.role}-${row.period}.pdf`,
    sizeBytes: row.sizeBytes ?? 0,
    body,
  };
}
