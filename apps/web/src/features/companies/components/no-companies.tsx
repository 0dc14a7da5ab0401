import { EmptyState } from '../../../components/empty-state';
import { useI18n } from '../../../lib/i18n/use-i18n';

export function NoCompanies() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('companies.emptyTitle')}
      description={t('companies.emptyBody')}
      icon={
        <svg
          viewBox="0 0 24 24"
          className="size-10"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          aria-hidden="true"
        >
          <path
            d="M3 21h18M5 21V7l7-4 7 4v14M9 21v-6h6v6M9 10h.01M15 10h.01"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      }
    />
  );
}
