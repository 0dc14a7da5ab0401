import type { MyCompany } from '@ayni/contracts';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompany } from '../api/company';
import { BenchmarkSharingSection } from './benchmark-sharing-section';
import { CompanyDetails } from './company-details';
import { CompanyProfileForm } from './company-profile-form';
import { DeleteCompanySection } from './delete-company-section';
import { LocationsManager } from './locations-manager';

/** Settings › Empresa: the profile (editable with `manage_company`), locations, and deletion (owners). */
export function CompanySettingsPanel({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const detail = useCompany(company.id);
  const canEdit = company.permissions.includes('manage_company');
  const canDelete = company.permissions.includes('delete_data');

  if (detail.isPending) return <PageLoader label={t('companyProfile.loading')} />;
  if (detail.isError) {
    return (
      <ErrorState
        message={errorMessage(detail.error, i18n)}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  }
  return (
    <div className="space-y-6">
      <Section
        title={t('companyProfile.title')}
        description={canEdit ? undefined : t('companyProfile.readOnly')}
      >
        {canEdit ? (
          <CompanyProfileForm key={detail.data.id} company={detail.data} />
        ) : (
          <CompanyDetails company={detail.data} />
        )}
      </Section>
      <Section title={t('locations.title')} description={t('locations.hint')}>
        <LocationsManager company={detail.data} canEdit={canEdit} />
      </Section>
      <BenchmarkSharingSection company={detail.data} canEdit={canEdit} />
      {canDelete && <DeleteCompanySection company={company} />}
    </div>
  );
}
