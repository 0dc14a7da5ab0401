import type { MyCompany } from '@ayni/contracts';
import { NavItem } from '../../../components/layout/nav-item';
import { useInsightLabels } from '../lib/labels';

const BULB =
  'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3Z';

/** "Hallazgos" in the main nav for the current company (icon only on small screens). */
export function InsightsNav({ company }: { company: MyCompany }) {
  const { L } = useInsightLabels();
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <NavItem to={`/c/${company.id}/insights`} match="/c/:companyId/insights" label={L.eyebrow} icon={BULB} />
  );
}
