import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** "Actualizado: 21-11-2026 14:05", or "Procesando datos…" until the first analytics run. */
export function RefreshStatus({ refreshedAt }: { refreshedAt: string | null }) {
  const { t } = useI18n();
  return (
    <p role="status" className="flex items-center gap-2 text-xs text-slate-500">
      <span
        aria-hidden="true"
        className={
          refreshedAt
            ? 'size-2 rounded-full bg-emerald-500'
            : 'size-2 animate-pulse rounded-full bg-amber-400'
        }
      />
      {refreshedAt
        ? t('dashboard.updated', { date: formatDateTime(refreshedAt) })
        : t('dashboard.processing')}
    </p>
  );
}
