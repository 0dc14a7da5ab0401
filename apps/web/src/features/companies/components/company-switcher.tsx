import type { MyCompany } from '@ayni/contracts';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface CompanySwitcherProps {
  companies: MyCompany[];
  currentId: string | undefined;
}

const NEW_COMPANY = '__new__';

/** Select listing the user's companies; choosing one opens its dashboard, or registers a new one. */
export function CompanySwitcher({ companies, currentId }: CompanySwitcherProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t('companies.switcher')}
      </label>
      <select
        id={id}
        value={companies.some((company) => company.id === currentId) ? currentId : ''}
        onChange={(event) =>
          navigate(event.target.value === NEW_COMPANY ? '/companies/new' : `/c/${event.target.value}`)
        }
        className="max-w-64 min-w-0 truncate rounded-lg border-0 bg-slate-100 py-1.5 pr-8 pl-3 text-sm font-medium text-slate-800 focus:ring-2 focus:ring-teal-700 focus:outline-none"
      >
        {!companies.some((company) => company.id === currentId) && (
          <option value="" disabled>
            {t('companies.choose')}
          </option>
        )}
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
        <option value={NEW_COMPANY}>{t('companies.newEntry')}</option>
      </select>
    </div>
  );
}
