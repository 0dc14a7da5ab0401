import type { MyCompany } from '@ayni/contracts';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDataPolicy } from '../api/company-settings';

const LINK_CLASS = 'text-sm font-semibold text-teal-700 hover:text-teal-800';

interface PolicyAction {
  title: MessageKey;
  body: string;
  to: string;
  link: MessageKey;
}

/** Settings › Datos: what is kept, for how long, and where to delete or download it. */
export function DataPolicyPanel({ company, canExport }: { company: MyCompany; canExport: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const policy = useDataPolicy(company.id);

  if (policy.isPending) return <PageLoader label={t('dataPolicy.loading')} />;
  if (policy.isError) {
    return (
      <ErrorState
        message={errorMessage(policy.error, i18n)}
        onRetry={() => void policy.refetch()}
        retrying={policy.isFetching}
      />
    );
  }
  const settings = `/c/${company.id}/settings`;
  const actions: PolicyAction[] = [
    {
      title: 'dataPolicy.deleteUploadTitle',
      body: t('dataPolicy.deleteUploadBody'),
      to: `/c/${company.id}/uploads`,
      link: 'dataPolicy.toHistory',
    },
    ...(canExport
      ? [
          {
            title: 'dataPolicy.exportTitle',
            body: t('dataPolicy.exportBody'),
            to: `${settings}?tab=export`,
            link: 'dataPolicy.toExport',
          } as const,
        ]
      : []),
    {
      title: 'dataPolicy.companyTitle',
      body: t('dataPolicy.companyBody', { days: policy.data.deletion_grace_days }),
      to: settings,
      link: 'dataPolicy.toCompany',
    },
  ];
  return (
    <Section
      title={t('dataPolicy.title')}
      description={
        <>
          <p>{t('dataPolicy.rawFiles', { days: policy.data.raw_file_retention_days })}</p>
          <p className="mt-1">{t('dataPolicy.lines')}</p>
        </>
      }
    >
      <ul className="divide-y divide-slate-100">
        {actions.map((action) => (
          <li key={action.title} className="space-y-1 py-3 first:pt-0 last:pb-0">
            <h3 className="text-sm font-semibold text-slate-900">{t(action.title)}</h3>
            <p className="text-sm text-slate-600">{action.body}</p>
            <Link to={action.to} className={LINK_CLASS}>
              {t(action.link)} <span aria-hidden="true">→</span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
