import type { MyCompany } from '@ayni/contracts';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { LoadMore } from '../../uploads/components/load-more';
import { useLiveUploads } from '../../uploads/hooks/use-live-uploads';
import { UploadFiles } from '../components/upload-files';

/** `/c/:companyId/downloads`: each completed upload's level files, workbook and rejected lines. */
export function DownloadsPage({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const uploads = useLiveUploads(company.id);
  const completed = (uploads.data ?? []).filter((upload) => upload.status === 'completed');

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
      <div role="status" aria-label={t('downloads.loading')} className="space-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  } else if (completed.length === 0 && !uploads.hasMore) {
    content = (
      <EmptyState
        title={t('downloads.empty.title')}
        // The demo's sales were generated, not uploaded: no upload left files to download.
        description={t(company.is_demo ? 'downloads.empty.demoBody' : 'downloads.empty.body')}
      />
    );
  } else {
    content = (
      <div className="space-y-4">
        {completed.map((upload) => (
          <UploadFiles key={upload.id} upload={upload} />
        ))}
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
    <div className="min-w-0 space-y-6">
      <div className="min-w-0">
        <p className="text-sm font-medium text-teal-700">{t('downloads.eyebrow')}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t('downloads.title')}
        </h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t('downloads.subtitle')}</p>
      </div>
      {content}
    </div>
  );
}
