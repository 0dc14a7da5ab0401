import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useI18n } from '../../../lib/i18n/use-i18n';

const TABLE = 'M3 5h18M3 10h18M3 15h18M3 20h18M9 5v15';

/** "Explorar" in the main nav for the current company (icon only on small screens). */
export function ExplorerNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem
      to={`/c/${company.id}/explore/month`}
      match="/c/:companyId/explore/*"
      label={t('nav.explore')}
      icon={TABLE}
    />
  );
}
