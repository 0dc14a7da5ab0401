import { cx } from '../../../components/cx';
import type { Language } from '../../../lib/i18n/language';
import { useI18n } from '../../../lib/i18n/use-i18n';
import {
  type Change,
  changeDirection,
  DASH,
  formatChange,
  formatCount,
  formatMoney,
  formatMoneyShort,
  formatPercent,
} from '../lib/figures';
import type { Kpi, KpiKey } from '../lib/kpi';
import { reasonKey } from '../lib/reasons';
import { Sparkline } from './sparkline';

const MONEY: ReadonlySet<KpiKey> = new Set(['revenue', 'avg_ticket', 'discount', 'cost', 'commission']);

/** The card's short figure and the exact one (tooltip, screen readers). */
export function kpiFigures(kpi: Kpi, language: Language = 'es'): { short: string; exact: string } {
  if (kpi.value === null) return { short: DASH, exact: DASH };
  if (kpi.key === 'margin') return { short: formatPercent(kpi.value), exact: formatPercent(kpi.value) };
  if (MONEY.has(kpi.key))
    return { short: formatMoneyShort(kpi.value, language), exact: formatMoney(kpi.value) };
  return { short: formatCount(kpi.value, true, language), exact: formatCount(kpi.value) };
}

/** Costs, discounts and commissions going up is bad news; everything else going up is good news. */
const UP_IS_BAD: ReadonlySet<KpiKey> = new Set(['cost', 'discount', 'commission']);

function ChangeLine({ label, change, kpiKey }: { label: string; change: Change; kpiKey: KpiKey }) {
  const { t } = useI18n();
  const direction = changeDirection(change);
  const good =
    direction === 'up' ? !UP_IS_BAD.has(kpiKey) : direction === 'down' ? UP_IS_BAD.has(kpiKey) : null;
  const reason = change.value === null ? t(reasonKey(change.reason)) : undefined;
  return (
    <div className="flex items-baseline justify-between gap-2 text-xs">
      <span className="text-slate-500">{label}</span>
      <span
        title={reason}
        className={cx(
          'font-semibold tabular-nums',
          good === true && 'text-emerald-700',
          good === false && 'text-rose-700',
          good === null && 'text-slate-500',
        )}
      >
        {direction === 'up' && <span aria-hidden="true">▲ </span>}
        {direction === 'down' && <span aria-hidden="true">▼ </span>}
        {formatChange(change)}
        {reason && <span className="sr-only"> ({reason})</span>}
      </span>
    </div>
  );
}

/** One KPI: the figure (MM/mil on the card, exact on hover), sparkline, change vs previous and last year. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t, language } = useI18n();
  const label = t(`dashboards.kpi.${kpi.key}`);
  const { short, exact } = kpiFigures(kpi, language);
  const reason = kpi.value === null ? t(reasonKey(kpi.reason)) : null;
  const sparkPoints = kpi.spark.map((value) => (value === null ? DASH : kpiFigures({ ...kpi, value }).exact));
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200/80">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="flex flex-col gap-2">
        <span
          data-testid={`kpi-${kpi.key}`}
          data-value={kpi.value ?? ''}
          title={reason ?? t('dashboards.kpi.exact', { value: exact })}
          className="text-2xl font-semibold tracking-tight text-slate-900 tabular-nums"
        >
          {short}
        </span>
        {reason && <span className="text-xs text-slate-500">{reason}</span>}
        {kpi.key === 'margin' && kpi.value !== null && (
          <span data-testid="kpi-margin-coverage" className="text-xs text-slate-600">
            {kpi.coverage === null
              ? t(reasonKey('NO_COST_DATA'))
              : t('dashboards.kpi.marginCoverage', { coverage: formatPercent(kpi.coverage) })}
          </span>
        )}
        <Sparkline
          values={kpi.spark}
          label={t('dashboards.kpi.spark', { metric: label, points: sparkPoints.join(', ') })}
        />
        <div className="space-y-0.5" data-testid={`kpi-${kpi.key}-changes`}>
          <ChangeLine label={t('dashboards.kpi.vsPrevious')} change={kpi.vsPrevious} kpiKey={kpi.key} />
          <ChangeLine label={t('dashboards.kpi.vsLastYear')} change={kpi.vsLastYear} kpiKey={kpi.key} />
        </div>
      </dd>
    </div>
  );
}

export function KpiGrid({ kpis }: { kpis: readonly Kpi[] }) {
  const { t } = useI18n();
  return (
    <dl
      aria-label={t('dashboards.kpi.region')}
      className={cx(
        'grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 sm:gap-4 lg:grid-cols-3',
        // Six cards make two rows of three rather than a row of five and one left over.
        kpis.length !== 6 && 'xl:grid-cols-5',
      )}
    >
      {kpis.map((kpi) => (
        <KpiCard key={kpi.key} kpi={kpi} />
      ))}
    </dl>
  );
}
