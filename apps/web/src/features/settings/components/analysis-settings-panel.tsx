import type { MyCompany } from '@ayni/contracts';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanySettings } from '../api/company-settings';
import { AnalysisSettingsForm } from './analysis-settings-form';
import { AnalysisSettingsSummary } from './analysis-settings-summary';

/** Settings › Análisis: everyone who sees dashboards reads; `manage_company` edits. */
export function AnalysisSettingsPanel({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const settings = useCompanySettings(company.id);
  const canEdit = company.permissions.includes('manage_company');

  if (settings.isPending) return <PageLoader label={t('analysis.loading')} />;
  if (settings.isError) {
    return (
      <ErrorState
        message={errorMessage(settings.error, i18n)}
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  }
  return (
    <Section title={t('analysis.title')} description={canEdit ? t('analysis.body') : t('analysis.readOnly')}>
      {canEdit ? (
        <AnalysisSettingsForm companyId={company.id} saved={settings.data} />
      ) : (
        <AnalysisSettingsSummary settings={settings.data} />
      )}
    </Section>
  );
}
