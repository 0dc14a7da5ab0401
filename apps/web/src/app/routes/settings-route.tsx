import type { MyCompany } from '@ayni/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageLoader } from '../../components/page-loader';
import { type TabItem, Tabs } from '../../components/tabs';
import { AuditPanel } from '../../features/audit/components/audit-panel';
import { useMe } from '../../features/auth/api/get-me';
import { companiesQueryKey, useCompanies } from '../../features/companies/api/get-companies';
import { CompanySettingsPanel } from '../../features/companies/components/company-settings-panel';
import { ExportPanel } from '../../features/export/components/export-panel';
import { MembersPanel } from '../../features/members/components/members-panel';
import { AnalysisSettingsPanel } from '../../features/settings/components/analysis-settings-panel';
import { DataPolicyPanel } from '../../features/settings/components/data-policy-panel';
import { TemplatesPanel } from '../../features/settings/components/templates-panel';
import { useI18n } from '../../lib/i18n/use-i18n';
import { type SettingsTab, settingsTabs } from './settings-tabs';

const ApiKeysPanel = lazy(async () => ({
  default: (await import('../../features/api-keys/components/api-keys-panel')).ApiKeysPanel,
}));
const WebhooksPanel = lazy(async () => ({
  default: (await import('../../features/webhooks/components/webhooks-panel')).WebhooksPanel,
}));

/** `/c/:companyId/settings?tab=`: company, members, analysis, templates, data, audit log and export. */
export function SettingsRoute() {
  const { t } = useI18n();
  const { companyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const companies = useCompanies();
  const me = useMe();
  const company = companies.data?.find((candidate) => candidate.id === companyId);

  if (companies.isPending) return <PageLoader label={t('companies.loading')} />;
  if (!company) {
    return <EmptyState title={t('companies.notFoundTitle')} description={t('companies.notFoundBody')} />;
  }

  const keys = settingsTabs(company);
  const asked = params.get('tab') as SettingsTab | null;
  const selected: SettingsTab = asked && keys.includes(asked) ? asked : 'company';
  // "API" reads the same in Spanish and English.
  const tabs: TabItem<SettingsTab>[] = keys.map((key) => ({
    key,
    label: key === 'api' ? 'API' : key === 'webhooks' ? 'Webhooks' : t(`settings.tab.${key}`),
  }));
  const reloadCompanies = () => void queryClient.invalidateQueries({ queryKey: companiesQueryKey });

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-medium text-teal-700">{t('settings.eyebrow')}</p>
          <h1 className="truncate text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {company.name}
          </h1>
        </div>
        <Link to={`/c/${company.id}`} className="text-sm font-semibold text-teal-700 hover:text-teal-800">
          ← {t('settings.backToDashboard')}
        </Link>
      </div>
      <Tabs
        label={t('settings.tabs')}
        tabs={tabs}
        selected={selected}
        onSelect={(key) => setParams(key === 'company' ? {} : { tab: key }, { replace: true })}
      >
        {selected === 'company' && <CompanySettingsPanel company={company} />}
        {selected === 'members' && (
          <MembersPanel
            company={company}
            currentUserId={me.data?.id}
            onOwnRoleChanged={reloadCompanies}
            onLeft={() => {
              queryClient.setQueryData<MyCompany[]>(companiesQueryKey, (list) =>
                list?.filter((item) => item.id !== company.id),
              );
              reloadCompanies();
              navigate('/', { replace: true });
            }}
          />
        )}
        {selected === 'analysis' && <AnalysisSettingsPanel company={company} />}
        {selected === 'templates' && <TemplatesPanel company={company} />}
        {selected === 'data' && <DataPolicyPanel company={company} canExport={keys.includes('export')} />}
        {selected === 'audit' && <AuditPanel companyId={company.id} />}
        {selected === 'export' && <ExportPanel companyId={company.id} />}
        {selected === 'api' && (
          <Suspense fallback={<PageLoader label={t('common.loading')} />}>
            <ApiKeysPanel companyId={company.id} />
          </Suspense>
        )}
        {selected === 'webhooks' && (
          <Suspense fallback={<PageLoader label={t('common.loading')} />}>
            <WebhooksPanel companyId={company.id} />
          </Suspense>
        )}
      </Tabs>
    </div>
  );
}
