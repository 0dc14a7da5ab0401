import type { MyCompany, Upload } from '@ayni/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { cx } from '../../../components/cx';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { SAMPLE_FILE } from '../../dashboards/components/dashboard-states';
import { cancelUpload, deleteUpload, getUploadChanges, uploadKeys } from '../api/uploads';
import { LoadMore } from '../components/load-more';
import { UploadsPageHeader } from '../components/page-header';
import { PeriodChanges } from '../components/period-changes';
import { RejectedLines } from '../components/rejected-lines';
import { UploadNotes } from '../components/upload-notes';
import { UploadsTable } from '../components/uploads-table';
import { useLiveUploads } from '../hooks/use-live-uploads';
import { type UploadPages, updateUpload } from '../lib/upload-pages';

const BUTTON_LINK =
  'inline-flex items-center justify-center rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** `/c/:companyId/uploads`: every upload, live while running; cancel, delete, per-period changes. */
export function UploadsHistoryPage({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const uploads = useLiveUploads(company.id);
  const canManage = company.permissions.includes('upload_data');
  const [confirming, setConfirming] = useState<Upload | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const replace = (next: Upload) => {
    queryClient.setQueryData<UploadPages>(uploadKeys.list(company.id), (pages) =>
      pages ? updateUpload(pages, next.id, () => next) : pages,
    );
    void queryClient.invalidateQueries({ queryKey: uploadKeys.list(company.id) });
  };
  const cancel = useMutation({
    mutationFn: (upload: Upload) => cancelUpload(upload.id),
    onSuccess: (next, upload) => {
      replace(next);
      setNotice(t('uploads.table.cancelled', { name: upload.filename }));
    },
  });
  const remove = useMutation({
    mutationFn: (upload: Upload) => deleteUpload(upload.id),
    onSuccess: (next, upload) => {
      replace(next);
      setConfirming(null);
      setNotice(t('uploads.table.deletedNotice', { name: upload.filename }));
      void queryClient.invalidateQueries({ queryKey: ['dashboard', company.id] });
    },
  });

  let content: React.ReactNode;
  if (uploads.error && !uploads.data) {
    content = (
      <ErrorState
        message={errorMessage(uploads.error, i18n)}
        onRetry={() => void uploads.refetch()}
        retrying={uploads.isFetching}
      />
    );
  } else if (!uploads.data) {
    content = (
      <div role="status" aria-label={t('uploads.table.loading')} className="space-y-3">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  } else if (uploads.data.length === 0) {
    content = (
      <EmptyState
        // The demo's sales were generated, not uploaded: "no data yet" would contradict its dashboards.
        title={t(company.is_demo ? 'uploads.empty.demoTitle' : 'uploads.empty.title')}
        description={t(company.is_demo ? 'uploads.empty.demoBody' : 'uploads.empty.body')}
        action={
          <div className="flex flex-col items-center gap-2 sm:flex-row sm:gap-4">
            {canManage && (
              <Link to={`/c/${company.id}/uploads/new`} className={BUTTON_LINK}>
                {t('uploads.toUpload')}
              </Link>
            )}
            <a
              href={SAMPLE_FILE}
              download
              className="text-sm font-semibold text-teal-700 hover:text-teal-800"
            >
              {t('uploads.sampleFile')}
            </a>
          </div>
        }
      />
    );
  } else {
    content = (
      <div className="space-y-4">
        <UploadsTable
          uploads={uploads.data}
          canManage={canManage}
          cancellingId={cancel.isPending ? cancel.variables?.id : null}
          onCancel={(upload) => {
            setNotice(null);
            cancel.mutate(upload);
          }}
          onDelete={(upload) => {
            setNotice(null);
            remove.reset();
            setConfirming(upload);
          }}
          renderDetails={(upload) => <UploadDetails upload={upload} />}
        />
        <LoadMore
          hasMore={uploads.hasMore}
          loading={uploads.loadingMore}
          error={uploads.loadMoreError}
          onLoadMore={uploads.loadMore}
        />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <UploadsPageHeader
        title={t('uploads.history.title')}
        subtitle={t('uploads.history.subtitle')}
        actions={
          canManage && (
            <Link to={`/c/${company.id}/uploads/new`} className={BUTTON_LINK}>
              {t('uploads.toUpload')}
            </Link>
          )
        }
      />
      {uploads.data && uploads.data.length > 0 && (
        <p className="inline-flex items-center gap-2 text-xs text-slate-500">
          <span
            aria-hidden="true"
            className={cx('size-2 rounded-full', uploads.connected ? 'bg-emerald-500' : 'bg-slate-400')}
          />
          {uploads.connected ? t('uploads.table.live') : t('uploads.progress.polling')}
        </p>
      )}
      {notice && <FormAlert tone="success">{notice}</FormAlert>}
      {cancel.isError && <FormAlert>{errorMessage(cancel.error, i18n)}</FormAlert>}
      {content}
      {confirming && (
        <ConfirmDialog
          title={t('uploads.delete.title', { name: confirming.filename })}
          description={t('uploads.delete.body')}
          confirmLabel={t('uploads.delete.confirm')}
          cancelLabel={t('uploads.delete.cancel')}
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error, i18n) : null}
          onConfirm={() => remove.mutate(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}

/** An expanded row: what the upload changed per period, its rejected, warned and skipped lines. */
function UploadDetails({ upload }: { upload: Upload }) {
  const i18n = useI18n();
  const changes = useQuery({
    queryKey: uploadKeys.changes(upload.id),
    queryFn: ({ signal }) => getUploadChanges(upload.id, signal),
  });
  return (
    <div className="space-y-4">
      {changes.isError ? (
        <FormAlert>{errorMessage(changes.error, i18n)}</FormAlert>
      ) : changes.data ? (
        <PeriodChanges changes={changes.data} />
      ) : (
        <p role="status" className="text-sm text-slate-500">
          {i18n.t('uploads.changes.loading')}
        </p>
      )}
      <RejectedLines upload={upload} />
      <UploadNotes upload={upload} />
    </div>
  );
}
