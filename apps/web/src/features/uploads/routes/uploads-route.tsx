import { useParams } from 'react-router';
import { WithCompany } from '../../companies/components/with-company';
import { UploadPage } from './upload-page';
import { UploadsHistoryPage } from './uploads-history-page';

/** `/c/:companyId/uploads/*`: the history (`uploads`) and the upload wizard (`uploads/new`). */
export function UploadsRoute() {
  // One route entry (`c/:companyId/uploads/*`) serves both pages; the splat picks which.
  const { '*': rest = '' } = useParams();
  return (
    <WithCompany>
      {(company) =>
        rest.replace(/\/+$/, '') === 'new' ? (
          <UploadPage key={company.id} company={company} />
        ) : (
          <UploadsHistoryPage key={company.id} company={company} />
        )
      }
    </WithCompany>
  );
}
