import { EmptyState } from '../../../components/empty-state';
import { useI18n } from '../../../lib/i18n/use-i18n';

export function DashboardEmpty() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('dashboard.emptyTitle')}
      description={t('dashboard.emptyBody')}
      icon={
        <svg
          viewBox="0 0 24 24"
          className="size-10"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          aria-hidden="true"
        >
          <path d="M3 3v18h18M7 15l4-4 3 3 5-6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      }
    />
  );
}
