import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useI18n } from '../../../lib/i18n/use-i18n';

const DOCUMENT = 'M7 3h7l5 5v12a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm7 0v5h5M9 13h6m-6 4h6';

/** "Informes" in the main nav for the current company (icon only on small screens). */
export function ReportsNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem
      to={`/c/${company.id}/reports`}
      match="/c/:companyId/reports"
      label={t('nav.reports')}
      icon={DOCUMENT}
    />
  );
}
