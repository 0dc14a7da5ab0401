import type { CompanyDetail, UpdateCompanyRequest } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { formatRut } from '../../../lib/format';
import { type FieldErrors, formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { companyQueryKey, updateCompany } from '../api/company';
import { companiesQueryKey } from '../api/get-companies';
import { CompanyFields, checkProfile, type ProfileValues } from './company-fields';

const KEYS = ['name', 'industry', 'size', 'region'] as const;

/** Editable name, industry, size and region; only what changed is sent. */
export function CompanyProfileForm({ company }: { company: CompanyDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ProfileValues>({
    name: company.name,
    industry: company.industry,
    size: company.size,
    region: company.region,
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (patch: UpdateCompanyRequest) => updateCompany(company.id, patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(companyQueryKey(company.id), updated);
      void queryClient.invalidateQueries({ queryKey: companiesQueryKey, exact: true });
      setSaved(true);
    },
  });
  const server = formErrors(mutation.error, i18n, KEYS);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkProfile(values, t('validation.required'));
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    const next = { ...values, name: values.name.trim() };
    const patch = Object.fromEntries(
      KEYS.filter((key) => next[key] !== company[key]).map((key) => [key, next[key]]),
    );
    if (Object.keys(patch).length === 0) {
      setSaved(true);
      return;
    }
    mutation.mutate(patch as UpdateCompanyRequest);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-5">
      <CompanyFields
        values={values}
        errors={{ ...server.fields, ...local }}
        onChange={(key, value) => {
          setValues((current) => ({ ...current, [key]: value }));
          setLocal((current) => ({ ...current, [key]: undefined }));
          setSaved(false);
        }}
        rut={
          <div className="space-y-1.5">
            <p className="text-sm font-medium text-slate-700">{t('company.rut')}</p>
            <p className="py-2.5 text-sm text-slate-900">{formatRut(company.rut)}</p>
            <p className="text-xs text-slate-500">{t('companyProfile.rutLocked')}</p>
          </div>
        }
      />
      {server.form && <FormAlert>{server.form}</FormAlert>}
      {saved && <FormAlert tone="success">{t('companyProfile.saved')}</FormAlert>}
      <Button type="submit" loading={mutation.isPending}>
        {t('companyProfile.save')}
      </Button>
    </form>
  );
}
