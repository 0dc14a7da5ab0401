import type { MetricBenchmark } from '@ayni/contracts';
import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { reasonKey } from '../../dashboards/lib/reasons';
import { formatBand, formatMetric } from '../lib/format-benchmark';
import { CountUp } from './count-up';
import { DistributionStrip } from './distribution-strip';

const oneDecimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 1 });

/** Why the company has no value: its data's own reason (no costs…) when known, else a generic line. */
function noValueText(reason: string | null, t: ReturnType<typeof useI18n>['t']): string {
  if (reason === 'PARTIAL_PERIOD') return t('benchmarks.noValuePartial');
  const words = reasonKey(reason);
  return words === 'dashboards.reason.unknown' ? t('benchmarks.noValue') : `${t(words)}.`;
}

/** One metric: the company's value, the cohort strip, its percentile rank, tier, n and hidden cuts. */
export function MetricBenchmarkCard({ item, compact = false }: { item: MetricBenchmark; compact?: boolean }) {
  const { t, language } = useI18n();
  const id = `benchmark-${item.metric}`;
  const { cohort } = item;
  const median = cohort
    ? item.banded
      ? t('benchmarks.band', formatBand(cohort.p50, language))
      : formatMetric(item.metric, cohort.p50, language)
    : null;
  return (
    <Card aria-labelledby={`${id}-title`} data-testid={id} className="p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-700">
          {t(`benchmarks.metric.${item.metric}`)}
        </h3>
        <span className="text-sm text-slate-900">
          {t('benchmarks.you', { value: formatMetric(item.metric, item.value, language) })}
        </span>
      </div>
      {item.value === null && (
        <p className="mt-1 text-sm text-slate-500" data-testid={`${id}-no-value`}>
          {noValueText(item.value_reason, t)}
        </p>
      )}
      {cohort ? (
        <>
          <DistributionStrip metric={item.metric} cohort={cohort} value={item.value} />
          <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600">
            <span>{t('benchmarks.median', { value: median ?? '' })}</span>
            {cohort.percentile_rank !== null && (
              <span className="text-slate-900">
                {t('benchmarks.rank')}{' '}
                <strong className="text-xl tabular-nums">
                  <CountUp value={cohort.percentile_rank} testId={`${id}-rank`} />
                </strong>{' '}
                {t('benchmarks.rankOf')}
              </span>
            )}
          </div>
          {cohort.tier && (
            <p className="mt-2 text-sm text-slate-800" data-testid={`${id}-tier`}>
              {t(`benchmarks.tier.${cohort.tier}`)}
              {!item.higher_is_better && ` ${t('benchmarks.lowerIsBetter')}`}
            </p>
          )}
          <p className="mt-1 text-xs text-slate-500" data-testid={`${id}-n`}>
            {t('benchmarks.n', { n: cohort.n, cut: t(`benchmarks.cut.${cohort.cut}`) })}
            {!compact &&
              cohort.performance_index !== null &&
              ` · ${t('benchmarks.index', { value: oneDecimal.format(cohort.performance_index) })}`}
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('benchmarks.hidden')}</p>
      )}
      {!compact && item.hidden.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-xs text-slate-500" data-testid={`${id}-hidden`}>
          {item.hidden.map((h) => (
            <li key={h.cut} className="first-letter:uppercase">
              {language === 'es' ? h.reason.message_es : h.reason.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
