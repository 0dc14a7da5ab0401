import { WithCompany } from '../../companies/components/with-company';
import { ReportsPage } from './reports-page';

/** `/c/:companyId/reports`: request, follow and download PDF reports; e-mail schedule. */
export function ReportsRoute() {
  return <WithCompany>{(company) => <ReportsPage key={company.id} company={company} />}</WithCompany>;
}
