import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { DateRange } from '../../dashboards/lib/period';
import { macroRevenueOptions } from '../api/macro';
import { formatYearMonth } from '../lib/format-macro';
import { RevenueLinesChart } from './revenue-lines-chart';

const hasNumber = (row: MetricPeriod, field: string) => typeof row[field] === 'number';

/** Finance dashboard overlay: the period's revenue nominal vs real vs UF, and a link to the macro page. */
export function MacroRevenueOverlay({
  companyId,
  rows,
  range,
  grain,
}: {
  companyId: string;
  rows: readonly MetricPeriod[];
  range: DateRange;
  grain: MetricGrain;
}) {
  const { t } = useI18n();
  // The same cached answer as the macro page's: how far the UF and the IPC reach.
  const macro = useQuery(macroRevenueOptions(companyId)).data?.meta.macro;
  const inside = rows
    .filter((row) => row.period_end >= range.from && row.period_start <= range.to)
    .sort((a, b) => a.period_start.localeCompare(b.period_start));
  if (inside.length === 0) return null;
  // Periods past the published IPC or UF have no real or UF figure: say why their lines stop.
  const short = inside.some((row) => !hasNumber(row, 'revenue_real') || !hasNumber(row, 'revenue_uf'));
  return (
    <div>
      <RevenueLinesChart
        rows={inside}
        grain={grain}
        testId="macro-overlay-chart"
        label={t('macro.overlay.label', { from: formatDate(range.from), to: formatDate(range.to) })}
      />
      {short && macro && (
        <p className="mt-2 text-xs text-slate-500" data-testid="macro-overlay-through">
          {t('macro.overlay.through', {
            ipc: macro.ipc_through ? formatYearMonth(macro.ipc_through) : '—',
            uf: macro.uf_through ? formatDate(macro.uf_through) : '—',
          })}
        </p>
      )}
      <Link
        to={`/c/${companyId}/macro`}
        className="mt-2 inline-block text-sm font-semibold text-teal-700 hover:text-teal-800"
      >
        {t('macro.overlay.more')}
      </Link>
    </div>
  );
}
