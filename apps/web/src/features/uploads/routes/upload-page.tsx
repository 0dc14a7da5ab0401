import type { MyCompany } from '@ayni/contracts';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompany } from '../../companies/api/company';
import { UploadsPageHeader } from '../components/page-header';
import { UploadRun } from './upload-run';
import { UploadWizard } from './upload-wizard';

/** `/c/:companyId/uploads/new`: the wizard, then (`?upload=<id>`) the import's progress and result. */
export function UploadPage({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const uploadId = params.get('upload');
  const detail = useCompany(company.id);
  const locations = detail.data?.locations.map((location) => location.name) ?? [];

  const header = (
    <UploadsPageHeader
      title={t('uploads.new.title')}
      subtitle={t('uploads.new.subtitle')}
      actions={
        <Link
          to={`/c/${company.id}/uploads`}
          className="text-sm font-semibold text-teal-700 hover:text-teal-800"
        >
          {t('uploads.toHistory')}
        </Link>
      }
    />
  );

  if (!company.permissions.includes('upload_data')) {
    return (
      <div className="mx-auto max-w-5xl space-y-6">
        {header}
        <EmptyState title={t('uploads.new.title')} description={t('uploads.noPermission')} />
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      {header}
      {uploadId ? (
        <UploadRun
          key={uploadId}
          companyId={company.id}
          uploadId={uploadId}
          onAnother={() => setParams({}, { replace: false })}
        />
      ) : (
        <UploadWizard
          companyId={company.id}
          locations={locations}
          timeZone={detail.data?.timezone}
          onSubmitted={(id) => setParams({ upload: id }, { replace: false })}
        />
      )}
    </div>
  );
}
