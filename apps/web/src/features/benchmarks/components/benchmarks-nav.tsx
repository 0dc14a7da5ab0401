import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useI18n } from '../../../lib/i18n/use-i18n';

const BARS = 'M4 20V10M10 20V4M16 20v-7M22 20H2';

/** "Comparación" in the main nav for the current company (icon only on small screens). */
export function BenchmarksNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem
      to={`/c/${company.id}/benchmarks`}
      match="/c/:companyId/benchmarks"
      label={t('nav.benchmarks')}
      icon={BARS}
    />
  );
}
