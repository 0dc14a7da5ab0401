import { EmptyState } from '../../../components/empty-state';
import { OutlineIcon } from '../../../components/outline-icon';
import { useI18n } from '../../../lib/i18n/use-i18n';

export function DashboardEmpty() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('dashboard.emptyTitle')}
      description={t('dashboard.emptyBody')}
      icon={<OutlineIcon d="M3 3v18h18M7 15l4-4 3 3 5-6" />}
    />
  );
}
