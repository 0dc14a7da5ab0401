import type { DashboardSummary } from '@ayni/contracts';
import { formatCLP, formatNumber } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { KpiCard } from './kpi-card';
import { KPI_ICONS } from './kpi-icons';

type Kpis = DashboardSummary['kpis'];

interface KpiDefinition {
  key: keyof Kpis;
  testId: string;
  label: MessageKey;
  format: (value: number) => string;
  icon: keyof typeof KPI_ICONS;
  accent: string;
}

const KPIS: KpiDefinition[] = [
  {
    key: 'revenue',
    testId: 'kpi-revenue',
    label: 'dashboard.kpi.revenue',
    format: formatCLP,
    icon: 'revenue',
    accent: 'bg-teal-50 text-teal-700',
  },
  {
    key: 'tickets',
    testId: 'kpi-tickets',
    label: 'dashboard.kpi.tickets',
    format: formatNumber,
    icon: 'tickets',
    accent: 'bg-sky-50 text-sky-700',
  },
  {
    key: 'average_ticket',
    testId: 'kpi-average-ticket',
    label: 'dashboard.kpi.averageTicket',
    format: formatCLP,
    icon: 'averageTicket',
    accent: 'bg-violet-50 text-violet-700',
  },
  {
    key: 'units',
    testId: 'kpi-units',
    label: 'dashboard.kpi.units',
    format: formatNumber,
    icon: 'units',
    accent: 'bg-amber-50 text-amber-700',
  },
  {
    key: 'returns',
    testId: 'kpi-returns',
    label: 'dashboard.kpi.returns',
    format: formatCLP,
    icon: 'returns',
    accent: 'bg-rose-50 text-rose-700',
  },
];

export function KpiGrid({ kpis }: { kpis: Kpis }) {
  const { t } = useI18n();
  return (
    <dl aria-label={t('dashboard.kpi.region')} className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
      {KPIS.map((kpi) => (
        <KpiCard
          key={kpi.key}
          label={t(kpi.label)}
          value={kpi.format(kpis[kpi.key])}
          testId={kpi.testId}
          icon={KPI_ICONS[kpi.icon]}
          accent={kpi.accent}
        />
      ))}
    </dl>
  );
}
