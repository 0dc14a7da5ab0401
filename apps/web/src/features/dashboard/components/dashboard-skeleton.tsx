import { Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';

export function DashboardSkeleton() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t('dashboard.loading')}</span>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {['a', 'b', 'c', 'd', 'e'].map((key) => (
          <div key={key} className="space-y-4 rounded-2xl bg-white p-5 ring-1 ring-slate-200/80">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-7 w-32" />
          </div>
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-5">
        <div className="space-y-4 rounded-2xl bg-white p-5 ring-1 ring-slate-200/80 xl:col-span-3">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-64 w-full" />
        </div>
        <div className="space-y-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200/80 xl:col-span-2">
          <Skeleton className="h-5 w-48" />
          {['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (
            <Skeleton key={key} className="h-8 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
