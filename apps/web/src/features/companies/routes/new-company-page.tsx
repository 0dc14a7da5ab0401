import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { CompanyCreateForm } from '../components/company-create-form';

/** `/companies/new`: register a company; the user becomes its owner and lands on its dashboard. */
export function NewCompanyPage() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm font-medium text-teal-700">{t('companies.create.eyebrow')}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t('companies.create.title')}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t('companies.create.subtitle')}</p>
      </div>
      <Card className="p-5 sm:p-8">
        <CompanyCreateForm />
      </Card>
    </div>
  );
}
