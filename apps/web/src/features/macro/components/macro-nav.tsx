import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useI18n } from '../../../lib/i18n/use-i18n';

const WAVE = 'M3 17l5-6 4 4 6-8 3 3M3 21h18';

/** "Macro" in the main nav for the current company (icon only on small screens). */
export function MacroNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem to={`/c/${company.id}/macro`} match="/c/:companyId/macro" label={t('nav.macro')} icon={WAVE} />
  );
}
