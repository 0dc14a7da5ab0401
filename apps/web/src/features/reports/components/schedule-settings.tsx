import type {
  DashboardKind,
  MyCompany,
  ReportFrequency,
  ReportLanguage,
  ReportSchedule,
} from '@ayni/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { SelectField } from '../../../components/form/select-field';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { allowedDashboards, defaultDashboard } from '../../dashboards/lib/roles';
import { useReportSchedule, useSaveReportSchedule } from '../api/reports';
import { useReportLabels } from '../labels';

const FREQUENCIES: ReportFrequency[] = ['weekly', 'monthly'];

interface Choice {
  on: boolean;
  role: DashboardKind;
  language: ReportLanguage;
}

/** A select's visible label; screen readers also hear which e-mail it belongs to. */
function FrequencyLabel({ text, frequency }: { text: string; frequency: string }) {
  return (
    <>
      {text}
      <span className="sr-only"> ({frequency})</span>
    </>
  );
}

/** The member's weekly/monthly e-mail toggles, each with its view and language. */
export function ScheduleSettings({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { l, role: roleName, date, language } = useReportLabels();
  const schedule = useReportSchedule(company.id);
  const save = useSaveReportSchedule(company.id);
  const fallback: Choice = { on: false, role: defaultDashboard(company), language };
  const [choices, setChoices] = useState<Record<ReportFrequency, Choice>>({
    weekly: fallback,
    monthly: fallback,
  });

  const loaded: ReportSchedule | undefined = schedule.data;
  useEffect(() => {
    if (!loaded) return;
    const of = (f: ReportFrequency): Choice => {
      const entry = loaded[f];
      return entry
        ? { on: true, role: entry.role, language: entry.language }
        : { on: false, role: defaultDashboard(company), language };
    };
    setChoices({ weekly: of('weekly'), monthly: of('monthly') });
  }, [loaded, company, language]);

  const update = (f: ReportFrequency, patch: Partial<Choice>) =>
    setChoices((current) => ({ ...current, [f]: { ...current[f], ...patch } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = (f: ReportFrequency) =>
      choices[f].on ? { role: choices[f].role, language: choices[f].language } : null;
    save.mutate({ weekly: entry('weekly'), monthly: entry('monthly') });
  };

  return (
    <Section title={l('scheduleTitle')} description={l('scheduleBody')}>
      <form onSubmit={submit} className="space-y-4" aria-label={l('scheduleTitle')}>
        {FREQUENCIES.map((f) => (
          <fieldset key={f} className="grid gap-3 sm:grid-cols-3 sm:items-end">
            <legend className="sr-only">{l(f)}</legend>
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                role="switch"
                aria-checked={choices[f].on}
                checked={choices[f].on}
                // Editable once the saved schedule arrived, so it cannot overwrite a choice.
                disabled={!loaded}
                onChange={(e) => update(f, { on: e.target.checked })}
                className="size-4 accent-teal-700"
              />
              {l(f)}
            </label>
            <SelectField
              label={<FrequencyLabel text={l('role')} frequency={l(f)} />}
              disabled={!choices[f].on}
              value={choices[f].role}
              onChange={(e) => update(f, { role: e.target.value as DashboardKind })}
              options={allowedDashboards(company).map((r) => ({ value: r, label: roleName(r) }))}
            />
            <SelectField
              label={<FrequencyLabel text={l('language')} frequency={l(f)} />}
              disabled={!choices[f].on}
              value={choices[f].language}
              onChange={(e) => update(f, { language: e.target.value as ReportLanguage })}
              options={[
                { value: 'es', label: l('lang.es') },
                { value: 'en', label: l('lang.en') },
              ]}
            />
            {loaded?.[f] && (
              <p className="text-xs text-slate-500 sm:col-span-3">
                {l('nextRun', { date: date(loaded[f].next_run_at) })}
              </p>
            )}
          </fieldset>
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" loading={save.isPending} disabled={!loaded}>
            {l('save')}
          </Button>
          <span role="status" className="text-sm text-emerald-700">
            {save.isSuccess && l('saved')}
          </span>
        </div>
        {save.isError && <FormAlert>{errorMessage(save.error, i18n)}</FormAlert>}
        {schedule.isError && <FormAlert>{errorMessage(schedule.error, i18n)}</FormAlert>}
      </form>
    </Section>
  );
}
