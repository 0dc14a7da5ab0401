import { WithCompany } from '../../companies/components/with-company';
import { DownloadsPage } from './downloads-page';

/** `/c/:companyId/downloads`: the company's download center. */
export function DownloadsRoute() {
  return <WithCompany>{(company) => <DownloadsPage key={company.id} company={company} />}</WithCompany>;
}
