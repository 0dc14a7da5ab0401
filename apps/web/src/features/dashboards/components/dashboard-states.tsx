import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { OutlineIcon } from '../../../components/outline-icon';
import { Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** A small file in the format the upload wizard reads, to try AYNI before exporting real data. */
export const SAMPLE_FILE = '/ejemplo-ventas-ayni.csv';

export function DashboardEmpty({ companyId, canUpload }: { companyId: string; canUpload: boolean }) {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('dashboards.empty.title')}
      description={t('dashboards.empty.body')}
      icon={<OutlineIcon d="M3 3v18h18M7 15l4-4 3 3 5-6" />}
      action={
        <div className="flex flex-col items-center gap-2 sm:flex-row sm:gap-4">
          {canUpload && (
            <Link
              to={`/c/${companyId}/uploads/new`}
              className="rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
            >
              {t('dashboards.empty.upload')}
            </Link>
          )}
          <a href={SAMPLE_FILE} download className="text-sm font-semibold text-teal-700 hover:text-teal-800">
            {t('dashboards.empty.sample')}
          </a>
        </div>
      }
    />
  );
}

export function DashboardSkeleton() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t('dashboards.loading')}</span>
      <div className="grid grid-cols-1 gap-4 min-[400px]:grid-cols-2 lg:grid-cols-5">
        {['a', 'b', 'c', 'd', 'e'].map((key) => (
          <div key={key} className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200/80">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-7 w-28" />
            <Skeleton className="h-6 w-full" />
          </div>
        ))}
      </div>
      <div className="space-y-4 rounded-2xl bg-white p-5 ring-1 ring-slate-200/80">
        <Skeleton className="h-5 w-48" />
        <Skeleton className="h-64 w-full" />
      </div>
    </div>
  );
}
