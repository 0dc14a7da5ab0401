import type { Upload, UploadFile } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { Spinner } from '../../../components/spinner';
import type { Download } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { es, type MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { downloadIssues } from '../../uploads/api/uploads';
import { formatBytes } from '../../uploads/lib/describe';
import { downloadKeys, downloadUploadFile, listUploadFiles } from '../api/downloads';
import { DownloadButton } from './download-button';

/** While files are being built, the list is asked again this often. */
export const FILES_POLL_MS = 1_500;

const TH = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';

/** A completed upload: its level files, workbook and rejected lines, polled while building. */
export function UploadFiles({ upload }: { upload: Upload }) {
  const i18n = useI18n();
  const { t } = i18n;
  const files = useQuery({
    queryKey: downloadKeys.files(upload.id),
    queryFn: ({ signal }) => listUploadFiles(upload.id, signal),
    refetchInterval: (query) => (query.state.data?.status === 'building' ? FILES_POLL_MS : false),
  });
  const levelName = (file: UploadFile) => {
    if (file.level === null) return t('downloads.files.workbook');
    const key = `downloads.level.${file.level}`;
    return key in es ? t(key as MessageKey) : file.level;
  };
  // The workbook first: it has every level.
  const list = [...(files.data?.files ?? [])].sort(
    (a, b) => Number(a.level !== null) - Number(b.level !== null),
  );
  const base = upload.filename.replace(/\.[^.]+$/, '');

  let status: React.ReactNode = null;
  if (files.isError) {
    status = (
      <p role="alert" className="text-sm text-rose-700">
        {errorMessage(files.error, i18n)}
      </p>
    );
  } else if (!files.data) {
    status = (
      <p role="status" className="text-sm text-slate-500">
        {t('downloads.files.loading')}
      </p>
    );
  } else if (files.data.status === 'building') {
    status = (
      <p role="status" className="inline-flex items-center gap-2 text-sm text-amber-800">
        <Spinner className="size-4" />
        {t('downloads.status.building', { ready: files.data.files.length, expected: files.data.expected })}
      </p>
    );
  } else if (files.data.status === 'failed') {
    status = (
      <p role="alert" className="text-sm text-rose-700">
        {t('downloads.status.failed')}
      </p>
    );
  } else if (files.data.status === 'none') {
    status = <p className="text-sm text-slate-500">{t('downloads.status.none')}</p>;
  } else {
    status = (
      <span className="inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">
        {t('downloads.status.ready')}
      </span>
    );
  }

  return (
    <article
      data-testid="upload-files"
      aria-labelledby={`upload-${upload.id}`}
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`upload-${upload.id}`} className="font-semibold break-all text-slate-900">
            {upload.filename}
          </h2>
          <p className="text-xs text-slate-500">
            {t('downloads.upload.meta', {
              date: formatDateTime(upload.finished_at ?? upload.created_at),
              lines: formatNumber(upload.rows.accepted),
            })}
          </p>
        </div>
        {status}
      </div>

      {list.length > 0 && (
        <section
          aria-label={t('downloads.files.label', { name: upload.filename })}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          className="overflow-x-auto rounded-lg ring-1 ring-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
        >
          <table className="w-full text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>
                  {t('downloads.files.name')}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t('downloads.files.rows')}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t('downloads.files.size')}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  <span className="sr-only">{t('downloads.files.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.map((file) => (
                <tr key={file.name} data-testid="upload-file">
                  <td className="px-3 py-2">
                    <div className="font-medium text-slate-900">{levelName(file)}</div>
                    <div className="font-mono text-xs text-slate-500">{file.name}</div>
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                    {formatNumber(file.rows)}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                    {formatBytes(file.size_bytes)}
                  </td>
                  <td className="px-3 py-2 text-right">
                    <DownloadButton
                      label={t('downloads.download')}
                      accessibleName={t('downloads.downloadFile', { name: file.name })}
                      fallbackName={`${base}-${file.name}`}
                      fetchFile={() => downloadUploadFile(upload.id, file)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {upload.rows.rejected > 0 ? (
        <IssuesRow
          label={t('downloads.rejections')}
          lines={upload.rows.rejected}
          accessibleName={t('downloads.rejectionsFile', { name: upload.filename })}
          fallbackName={`${base}-rechazadas.csv`}
          fetchFile={() => downloadIssues(upload.id, 'rejections')}
        />
      ) : (
        <div className="border-t border-slate-100 pt-3">
          <span className="text-sm text-slate-500">{t('downloads.noRejections')}</span>
        </div>
      )}
      {upload.rows.warnings + upload.rows.skipped > 0 && (
        <IssuesRow
          label={t('downloads.warnings')}
          lines={upload.rows.warnings + upload.rows.skipped}
          accessibleName={t('downloads.warningsFile', { name: upload.filename })}
          fallbackName={`${base}-advertencias.csv`}
          fetchFile={() => downloadIssues(upload.id, 'warnings')}
        />
      )}
    </article>
  );
}

/** One CSV of an upload's line issues (rejected, or warned and skipped), with how many lines. */
function IssuesRow({
  label,
  lines,
  accessibleName,
  fallbackName,
  fetchFile,
}: {
  label: string;
  lines: number;
  accessibleName: string;
  fallbackName: string;
  fetchFile: () => Promise<Download>;
}) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3">
      <span className="text-sm text-slate-700">
        {label} · {formatNumber(lines)}
      </span>
      <DownloadButton
        label={t('downloads.download')}
        accessibleName={accessibleName}
        fallbackName={fallbackName}
        fetchFile={fetchFile}
      />
    </div>
  );
}
