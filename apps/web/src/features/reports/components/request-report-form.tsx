import type { DashboardKind, MyCompany, ReportLanguage } from '@ayni/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { SelectField } from '../../../components/form/select-field';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { allowedDashboards, defaultDashboard } from '../../dashboards/lib/roles';
import { useRequestReport } from '../api/reports';
import { useReportLabels } from '../labels';
import { defaultPeriod, type PeriodKind, periodOptions } from '../period-options';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

/** Role view, period and language; the server checks the period has sales (422 otherwise). */
export function RequestReportForm({ company, today = new Date() }: { company: MyCompany; today?: Date }) {
  const i18n = useI18n();
  const { l, role: roleName, language } = useReportLabels();
  const roles = allowedDashboards(company);
  const [role, setRole] = useState<DashboardKind>(defaultDashboard(company));
  const [kind, setKind] = useState<PeriodKind>('month');
  const [period, setPeriod] = useState(defaultPeriod('month', today, language));
  const [reportLanguage, setReportLanguage] = useState<ReportLanguage>(language);
  const request = useRequestReport(company.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ role, period_kind: kind, period, language: reportLanguage });
  };
  return (
    <Section title={l('requestTitle')}>
      <form
        onSubmit={submit}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={l('requestTitle')}
      >
        <SelectField
          label={l('role')}
          value={role}
          onChange={(e) => setRole(e.target.value as DashboardKind)}
          options={roles.map((r) => ({ value: r, label: roleName(r) }))}
        />
        <SelectField
          label={l('periodKind')}
          value={kind}
          onChange={(e) => {
            const next = e.target.value as PeriodKind;
            setKind(next);
            setPeriod(defaultPeriod(next, today, language));
          }}
          options={KINDS.map((k) => ({ value: k, label: l(`kind.${k}`) }))}
        />
        <SelectField
          label={l('period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          options={periodOptions(kind, today, language)}
        />
        <SelectField
          label={l('language')}
          value={reportLanguage}
          onChange={(e) => setReportLanguage(e.target.value as ReportLanguage)}
          options={[
            { value: 'es', label: l('lang.es') },
            { value: 'en', label: l('lang.en') },
          ]}
        />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit" loading={request.isPending}>
            {l('generate')}
          </Button>
          <span role="status" className="text-sm text-emerald-700">
            {request.isSuccess && l('requested')}
          </span>
        </div>
        {request.isError && (
          <FormAlert className="sm:col-span-2 lg:col-span-4">{errorMessage(request.error, i18n)}</FormAlert>
        )}
      </form>
    </Section>
  );
}
