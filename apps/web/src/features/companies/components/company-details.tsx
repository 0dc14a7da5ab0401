import type { CompanyDetail } from '@ayni/contracts';
import { formatRut } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { industryOptions, sizeOptions } from '../lib/options';

/** Read-only company profile for roles that cannot change it. */
export function CompanyDetails({ company }: { company: CompanyDetail }) {
  const { t } = useI18n();
  const label = (options: { value: string; label: string }[], value: string) =>
    options.find((option) => option.value === value)?.label ?? value;
  const rows: Array<[string, string]> = [
    [t('company.name'), company.name],
    [t('company.rut'), formatRut(company.rut)],
    [t('company.industry'), label(industryOptions(t), company.industry)],
    [t('company.size'), label(sizeOptions(t), company.size)],
    [t('company.region'), company.region],
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt className="text-sm font-medium text-slate-500">{term}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
