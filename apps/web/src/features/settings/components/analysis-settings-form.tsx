import { type CompanySettings, type CompanySettingsPatch, TRADE_PROFILES } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { type FieldErrors, formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { settingsKeys, updateCompanySettings } from '../api/company-settings';
import {
  ANALYSIS_KEYS,
  type AnalysisDraft,
  type AnalysisKey,
  readDraft,
  toDraft,
} from '../lib/analysis-draft';

const NUMERIC_INPUTS: Partial<Record<AnalysisKey, 'decimal' | 'numeric'>> = {
  margin_alert_pct: 'decimal',
  tickets_per_employee_hour: 'decimal',
  churn_days: 'numeric',
};

/** Editable analysis settings (`manage_company`); only what changed is sent. */
export function AnalysisSettingsForm({ companyId, saved }: { companyId: string; saved: CompanySettings }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<AnalysisDraft>(() => toDraft(saved));
  const [local, setLocal] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const mutation = useMutation({
    mutationFn: (patch: CompanySettingsPatch) => updateCompanySettings(companyId, patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(settingsKeys.analysis(companyId), updated);
      setDraft(toDraft(updated));
      setDone(true);
    },
  });
  const server = formErrors(mutation.error, i18n, ANALYSIS_KEYS);
  const errors: FieldErrors = { ...server.fields, ...local };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { patch, notNumbers } = readDraft(draft, saved);
    setLocal(Object.fromEntries(notNumbers.map((key) => [key, t('analysis.notNumber')])));
    if (notNumbers.length > 0) return;
    if (Object.keys(patch).length === 0) {
      setDone(true);
      return;
    }
    mutation.mutate(patch);
  };

  const change = (key: AnalysisKey, value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setLocal((current) => ({ ...current, [key]: undefined }));
    setDone(false);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        {ANALYSIS_KEYS.map((key) =>
          key === 'trade_profile' ? (
            <SelectField
              key={key}
              name={key}
              label={t(`analysis.field.${key}`)}
              hint={t(`analysis.help.${key}`)}
              error={errors[key]}
              value={draft[key]}
              options={TRADE_PROFILES.map((value) => ({ value, label: t(`analysis.trade.${value}`) }))}
              onChange={(event) => change(key, event.target.value)}
            />
          ) : (
            <TextField
              key={key}
              name={key}
              label={t(`analysis.field.${key}`)}
              hint={t(`analysis.help.${key}`)}
              error={errors[key]}
              value={draft[key]}
              inputMode={NUMERIC_INPUTS[key]}
              placeholder={key === 'real_base_month' ? t('analysis.value.latestMonth') : undefined}
              autoComplete="off"
              onChange={(event) => change(key, event.target.value)}
            />
          ),
        )}
      </div>
      {server.form && <FormAlert>{server.form}</FormAlert>}
      {done && <FormAlert tone="success">{t('analysis.saved')}</FormAlert>}
      <Button type="submit" loading={mutation.isPending}>
        {t('analysis.save')}
      </Button>
    </form>
  );
}
