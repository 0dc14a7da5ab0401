import { useParams } from 'react-router';
import { InsightsPage } from './insights-page';

/** `/c/:companyId/insights` (the API answers 404 for a company the user cannot see). */
export function InsightsRoute() {
  const { companyId = '' } = useParams();
  return <InsightsPage key={companyId} companyId={companyId} />;
}
