import type { CompanyDetail } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormAlert } from '../../../components/form/form-alert';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { benchmarkKeys } from '../../benchmarks/api/benchmarks';
import { BenchmarkOptInField } from '../../benchmarks/components/benchmark-opt-in-field';
import { companyQueryKey, updateCompany } from '../api/company';
import { companiesQueryKey } from '../api/get-companies';

/** Settings › Empresa: take part in (or leave) the anonymous industry comparison; saved at once. */
export function BenchmarkSharingSection({ company, canEdit }: { company: CompanyDetail; canEdit: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (optIn: boolean) => updateCompany(company.id, { benchmark_opt_in: optIn }),
    onSuccess: (updated) => {
      queryClient.setQueryData(companyQueryKey(company.id), updated);
      void queryClient.invalidateQueries({ queryKey: companiesQueryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: benchmarkKeys.all(company.id) });
    },
  });
  const checked = mutation.isPending
    ? (mutation.variables ?? company.benchmark_opt_in)
    : company.benchmark_opt_in;
  return (
    <Section
      title={t('benchmarks.sharing.title')}
      description={canEdit ? undefined : t('benchmarks.sharing.readOnly')}
    >
      <BenchmarkOptInField
        checked={checked}
        disabled={!canEdit || mutation.isPending}
        onChange={(next) => mutation.mutate(next)}
      />
      <div aria-live="polite" className="mt-3">
        {mutation.isError && <FormAlert>{errorMessage(mutation.error, i18n)}</FormAlert>}
        {mutation.isSuccess && (
          <FormAlert tone="success">
            {t(company.benchmark_opt_in ? 'benchmarks.sharing.on' : 'benchmarks.sharing.off')}
          </FormAlert>
        )}
      </div>
    </Section>
  );
}
