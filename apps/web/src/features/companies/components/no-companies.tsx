import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { OutlineIcon } from '../../../components/outline-icon';
import { useI18n } from '../../../lib/i18n/use-i18n';

export function NoCompanies() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('companies.emptyTitle')}
      description={t('companies.emptyBody')}
      icon={<OutlineIcon d="M3 21h18M5 21V7l7-4 7 4v14M9 21v-6h6v6M9 10h.01M15 10h.01" />}
      action={
        <Link
          to="/companies/new"
          className="mt-2 rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          {t('companies.emptyAction')}
        </Link>
      }
    />
  );
}
