import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { DateRange } from '../../dashboards/lib/period';
import { RevenueLinesChart } from './revenue-lines-chart';

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
  const inside = rows
    .filter((row) => row.period_end >= range.from && row.period_start <= range.to)
    .sort((a, b) => a.period_start.localeCompare(b.period_start));
  if (inside.length === 0) return null;
  return (
    <div>
      <RevenueLinesChart
        rows={inside}
        grain={grain}
        testId="macro-overlay-chart"
        label={t('macro.overlay.label', { from: formatDate(range.from), to: formatDate(range.to) })}
      />
      <Link
        to={`/c/${companyId}/macro`}
        className="mt-2 inline-block text-sm font-semibold text-teal-700 hover:text-teal-800"
      >
        {t('macro.overlay.more')}
      </Link>
    </div>
  );
}
