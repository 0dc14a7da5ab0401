import type { Report } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { ErrorState } from '../../../components/error-state';
import { Badge, Section } from '../../../components/section';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DownloadButton } from '../../downloads/components/download-button';
import { downloadReport, useReports } from '../api/reports';
import { useReportLabels } from '../labels';

function ReportRow({ report, highlighted }: { report: Report; highlighted: boolean }) {
  const { l, role, language } = useReportLabels();
  const failed = report.status === 'failed';
  const message =
    failed && report.error ? (language === 'es' ? report.error.message_es : report.error.message) : null;
  return (
    <li
      className={cx(
        'flex flex-wrap items-center justify-between gap-3 py-3',
        highlighted && '-mx-2 rounded-lg bg-teal-50 px-2',
      )}
      aria-current={highlighted || undefined}
      data-testid="report-row"
    >
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {role(report.role)} · {report.period}{' '}
          <span className="text-xs font-normal uppercase text-slate-500">{report.language}</span>
        </p>
        <p className="text-sm text-slate-600">
          {report.status === 'running' && (
            <progress className="mr-2 h-2 w-24 align-middle" max={100} value={report.progress} aria-hidden />
          )}
          {l(`status.${report.status}`, { progress: report.progress, pages: report.pages ?? 0 })}
          {report.scheduled && (
            <span className="ml-2">
              <Badge>{l('scheduled')}</Badge>
            </span>
          )}
        </p>
        {message && <p className="text-sm text-rose-700">{message}</p>}
      </div>
      {report.status === 'completed' && (
        <DownloadButton
          label={l('download')}
          accessibleName={l('downloadLabel', { role: role(report.role), period: report.period })}
          fallbackName={`ayni-${report.role}-${report.period}.pdf`}
          fetchFile={() => downloadReport(report)}
        />
      )}
    </li>
  );
}

/**
 * Newest first; rows being built poll until they finish (see `useReports`). `highlight` is the
 * report an e-mail linked to (`?report=`).
 */
export function ReportsList({ companyId, highlight }: { companyId: string; highlight?: string | null }) {
  const i18n = useI18n();
  const { l } = useReportLabels();
  const reports = useReports(companyId);
  let content: React.ReactNode;
  if (reports.error && !reports.data) {
    content = (
      <ErrorState
        message={errorMessage(reports.error, i18n)}
        onRetry={() => void reports.refetch()}
        retrying={reports.isFetching}
      />
    );
  } else if (!reports.data) {
    content = (
      <div role="status" aria-label={l('loading')}>
        <Skeleton className="h-16 w-full" />
      </div>
    );
  } else if (reports.data.length === 0) {
    content = <p className="text-sm text-slate-600">{l('empty')}</p>;
  } else {
    content = (
      <ul className="divide-y divide-slate-100" aria-live="polite">
        {reports.data.map((report) => (
          <ReportRow key={report.id} report={report} highlighted={report.id === highlight} />
        ))}
      </ul>
    );
  }
  return <Section title={l('listTitle')}>{content}</Section>;
}
