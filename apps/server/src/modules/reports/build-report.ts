import { Readable } from 'node:stream';
import type { DashboardKind, ReportLanguage, ReportPeriodKind } from '@ayni/contracts';
import {
  type DbHandle,
  findReportRecipient,
  getReport,
  inCompany,
  type ReportPatch,
  updateReport,
} from '@ayni/db';
import type { Logger } from 'pino';
import type { EventBus } from '../../events/event-bus';
import type { FileStorage } from '../../infra/storage/file-storage';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { gatherReportData } from './report-data';
import { failureOf, type ReportFailure } from './report-errors';
import { localDate } from './report-periods';
import { reportUrl } from './reports.service';

export interface ReportBuildDeps {
  db: DbHandle;
  storage: FileStorage;
  events: EventBus;
  log: Logger;
  clock: () => number;
  benchmarkMinCompanies: number;
}

export type BuildOutcome =
  | { status: 'completed'; pages: number; sizeBytes: number; pdf: Buffer | null }
  | { status: 'failed'; failure: ReportFailure; final: boolean };

export const reportStorageKey = (companyId: string, reportId: string) =>
  `${companyId}/reports/${reportId}.pdf`;

/**
 * Job `reports.build`: reads the report row, gathers the figures through the dashboards'
 * services as the member who asked (their current role), renders and stores the PDF.
 * Idempotent: a completed report is left alone; a rerun overwrites the same storage key.
 * A period without data or a member who left fails the report at once (no retry); anything
 * else is thrown so the queue retries, and recorded as failed on the last attempt.
 */
export async function buildReport(
  deps: ReportBuildDeps,
  companyId: string,
  reportId: string,
  options: { lastAttempt: boolean },
): Promise<BuildOutcome> {
  const at = () => new Date(deps.clock()).toISOString();
  const patch = (p: ReportPatch) =>
    inCompany(deps.db.db, companyId, (tx) => updateReport(tx, companyId, reportId, p));
  const progress = async (value: number) => {
    await patch({ status: 'running', progress: value });
    await deps.events.publish({
      type: 'report.progress',
      company_id: companyId,
      report_id: reportId,
      progress: value,
      at: at(),
    });
  };
  const fail = async (failure: ReportFailure) => {
    await patch({
      status: 'failed',
      errorCode: failure.code,
      errorMessage: failure.message,
      errorMessageEs: failure.message_es,
      finishedAt: new Date(deps.clock()),
    });
    await deps.events.publish({
      type: 'report.failed',
      company_id: companyId,
      report_id: reportId,
      error: failure,
      at: at(),
    });
  };

  const found = await inCompany(deps.db.db, companyId, async (tx) => {
    const row = await getReport(tx, companyId, reportId);
    const member = row?.requestedBy ? await findReportRecipient(tx, companyId, row.requestedBy) : undefined;
    return row ? { row, member } : null;
  });
  if (!found) return { status: 'failed', failure: failureOf(new Error('gone')), final: true };
  const { row, member } = found;
  if (row.status === 'completed') {
    return { status: 'completed', pages: row.pages ?? 0, sizeBytes: row.sizeBytes ?? 0, pdf: null };
  }
  try {
    if (!member || !row.requestedBy) {
      throw new AppError('FORBIDDEN', 'The member who asked for this report has left the company', {
        messageEs: 'Quien pidió este informe ya no es miembro de la empresa',
      });
    }
    const ctx: ServiceContext = {
      companyId,
      userId: row.requestedBy,
      role: member.role,
      db: deps.db.db,
      log: deps.log,
      requestId: `report-${reportId}`,
      origin: { ip: null, userAgent: null },
    };
    await progress(10);
    const data = await gatherReportData(
      ctx,
      {
        role: row.role as DashboardKind,
        kind: row.periodKind as ReportPeriodKind,
        period: row.period,
        language: row.language as ReportLanguage,
      },
      { benchmarkMinCompanies: deps.benchmarkMinCompanies },
    );
    await progress(30);
    // PDFKit and ECharts (~65 MB) are loaded by the first report, not by every process.
    const { renderReportPdf } = await import('./report-pdf');
    const { pdf, pages } = await renderReportPdf(data, localDate(deps.clock()), (f) =>
      progress(30 + Math.round(f * 60)),
    );
    const key = reportStorageKey(companyId, reportId);
    const { size } = await deps.storage.put(key, Readable.from([pdf]));
    await patch({
      status: 'completed',
      progress: 100,
      storageKey: key,
      sizeBytes: size,
      pages,
      finishedAt: new Date(deps.clock()),
    });
    await deps.events.publish({
      type: 'report.ready',
      company_id: companyId,
      report_id: reportId,
      role: row.role,
      period: row.period,
      language: row.language,
      download_url: `${reportUrl(companyId, reportId)}/download`,
      at: at(),
    });
    return { status: 'completed', pages, sizeBytes: size, pdf };
  } catch (err) {
    const expected = err instanceof AppError;
    if (!expected && !options.lastAttempt) throw err;
    deps.log.warn({ err, company_id: companyId, report_id: reportId }, 'report failed');
    const failure = failureOf(err);
    await fail(failure);
    return { status: 'failed', failure, final: true };
  }
}
