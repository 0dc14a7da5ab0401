import type { Upload } from '@ayni/contracts';
import { Fragment, type ReactNode, useState } from 'react';
import { Button } from '../../../components/button';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { formatBytes, isRunning } from '../lib/describe';
import { UploadStatusCell } from './upload-status';

export interface UploadsTableProps {
  uploads: readonly Upload[];
  /** Upload data permission: cancel and delete. */
  canManage: boolean;
  onCancel: (upload: Upload) => void;
  onDelete: (upload: Upload) => void;
  /** The id whose cancel is being sent. */
  cancellingId?: string | null;
  /** The expanded row's details (per-period changes). */
  renderDetails: (upload: Upload) => ReactNode;
}

/** Upload history: file, date, status (live progress), counts, and actions per upload. */
export function UploadsTable({
  uploads,
  canManage,
  onCancel,
  onDelete,
  cancellingId,
  renderDetails,
}: UploadsTableProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<string | null>(null);

  return (
    <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200/80">
      <table className="w-full text-left text-sm" data-testid="uploads-table">
        <caption className="sr-only">{t('uploads.table.caption')}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {t('uploads.table.file')}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">
              {t('uploads.table.date')}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t('uploads.table.status')}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-medium lg:table-cell">
              {t('uploads.table.lines')}
            </th>
            <th scope="col" className="hidden px-4 py-3 text-right font-medium sm:table-cell">
              {t('uploads.table.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {uploads.map((upload) => {
            const open = expanded === upload.id;
            const running = isRunning(upload);
            const counts = <Counts upload={upload} />;
            const detailsId = `upload-details-${upload.id}`;
            const actions = (
              <div className="flex flex-wrap items-center gap-1 sm:justify-end">
                {upload.status === 'completed' && (
                  <Button
                    variant="ghost"
                    className="px-2.5 py-1.5"
                    aria-expanded={open}
                    aria-controls={detailsId}
                    aria-label={t(open ? 'uploads.table.hideChanges' : 'uploads.table.showChanges', {
                      name: upload.filename,
                    })}
                    onClick={() => setExpanded(open ? null : upload.id)}
                  >
                    {t('uploads.table.changesButton')}
                  </Button>
                )}
                {canManage && running && (
                  <Button
                    variant="dangerGhost"
                    className="px-2.5 py-1.5"
                    aria-label={t('uploads.table.cancelOf', { name: upload.filename })}
                    loading={cancellingId === upload.id}
                    onClick={() => onCancel(upload)}
                  >
                    {t('uploads.table.cancel')}
                  </Button>
                )}
                {canManage && upload.status === 'completed' && (
                  <Button
                    variant="dangerGhost"
                    className="px-2.5 py-1.5"
                    aria-label={t('uploads.table.deleteOf', { name: upload.filename })}
                    onClick={() => onDelete(upload)}
                  >
                    {t('uploads.table.delete')}
                  </Button>
                )}
              </div>
            );
            return (
              <Fragment key={upload.id}>
                <tr data-testid="upload-row">
                  <td className="max-w-40 px-4 py-3 align-top sm:max-w-xs">
                    <p className="truncate font-medium text-slate-900" title={upload.filename}>
                      {upload.filename}
                    </p>
                    <p className="text-xs text-slate-500">
                      {formatBytes(upload.size_bytes)} · {t(`uploads.table.mode.${upload.mode}`)}
                      {upload.location && ` · ${upload.location}`}
                    </p>
                    <p className="text-xs text-slate-500 md:hidden">{formatDateTime(upload.created_at)}</p>
                    <div className="-ml-2.5 mt-2 sm:hidden">{actions}</div>
                  </td>
                  <td className="hidden whitespace-nowrap px-4 py-3 align-top text-slate-700 md:table-cell">
                    {formatDateTime(upload.created_at)}
                  </td>
                  <td className="px-4 py-3 align-top">
                    <UploadStatusCell upload={upload} />
                    <div className="mt-1 lg:hidden">{counts}</div>
                  </td>
                  <td className="hidden px-4 py-3 align-top lg:table-cell">{counts}</td>
                  <td className="hidden px-4 py-3 text-right align-top sm:table-cell">{actions}</td>
                </tr>
                {open && (
                  <tr id={detailsId}>
                    <td colSpan={5} className="bg-slate-50/70 px-4 py-4">
                      {renderDetails(upload)}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Counts({ upload }: { upload: Upload }) {
  const { t } = useI18n();
  const { rows } = upload;
  if (upload.status !== 'completed' && upload.status !== 'deleted') return null;
  const n = formatNumber;
  return (
    <div className="space-y-0.5 text-xs text-slate-600">
      <p>
        {t('uploads.table.counts', {
          accepted: n(rows.accepted),
          warnings: n(rows.warnings),
          rejected: n(rows.rejected),
          skipped: n(rows.skipped),
        })}
      </p>
      <p>
        {t('uploads.table.changes', {
          inserted: n(rows.inserted),
          updated: n(rows.updated),
          deleted: n(rows.deleted),
        })}
      </p>
    </div>
  );
}
