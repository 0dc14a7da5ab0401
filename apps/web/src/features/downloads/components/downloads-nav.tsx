import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useI18n } from '../../../lib/i18n/use-i18n';

const DOWNLOAD = 'M12 4v11m0 0-4-4m4 4 4-4M4 17v1a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-1';

/** "Descargas" in the main nav for the current company (icon only on small screens). */
export function DownloadsNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem
      to={`/c/${company.id}/downloads`}
      match="/c/:companyId/downloads"
      label={t('nav.downloads')}
      icon={DOWNLOAD}
    />
  );
}
