import type { MyCompany } from '@ayni/contracts';
import { useSearchParams } from 'react-router';
import { ReportsList } from '../components/reports-list';
import { RequestReportForm } from '../components/request-report-form';
import { ScheduleSettings } from '../components/schedule-settings';
import { useReportLabels } from '../labels';

/** `/c/:companyId/reports`: request a PDF, follow it and download it; the member's e-mail schedule. */
export function ReportsPage({ company, today }: { company: MyCompany; today?: Date }) {
  const { l } = useReportLabels();
  const [params] = useSearchParams();
  return (
    <div className="min-w-0 space-y-6">
      <div className="min-w-0">
        <p className="text-sm font-medium text-teal-700">{l('eyebrow')}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{l('title')}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{l('subtitle')}</p>
      </div>
      <RequestReportForm company={company} today={today} />
      <ReportsList companyId={company.id} highlight={params.get('report')} />
      <ScheduleSettings company={company} />
    </div>
  );
}
