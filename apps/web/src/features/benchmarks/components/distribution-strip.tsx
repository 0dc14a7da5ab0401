import type { BenchmarkMetricKey, MetricBenchmark } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { formatMetric, stripPosition } from '../lib/format-benchmark';

type Cohort = NonNullable<MetricBenchmark['cohort']>;

/**
 * The cohort's distribution as a strip: p10–p90 light, p25–p75 darker, the median as a line,
 * and the company as a marker. Scaled from the lowest to the highest of those and the company.
 */
export function DistributionStrip({
  metric,
  cohort,
  value,
}: {
  metric: BenchmarkMetricKey;
  cohort: Cohort;
  value: number | null;
}) {
  const { t, language } = useI18n();
  const points = [cohort.p10, cohort.p90, ...(value === null ? [] : [value])];
  const min = Math.min(...points);
  const max = Math.max(...points);
  const at = (v: number) => stripPosition(v, min, max);
  const f = (v: number | null) => formatMetric(metric, v, language);
  const label = t('benchmarks.strip', {
    p10: f(cohort.p10),
    p25: f(cohort.p25),
    p50: f(cohort.p50),
    p75: f(cohort.p75),
    p90: f(cohort.p90),
    value: f(value),
  });
  return (
    <div
      role="img"
      aria-label={label}
      data-testid={`benchmark-strip-${metric}`}
      className="relative my-3 h-6"
    >
      <div className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded bg-slate-100" />
      <div
        className="absolute top-1/2 h-2 -translate-y-1/2 rounded bg-teal-100"
        style={{ left: `${at(cohort.p10)}%`, width: `${at(cohort.p90) - at(cohort.p10)}%` }}
      />
      <div
        className="absolute top-1/2 h-3 -translate-y-1/2 rounded bg-teal-300"
        style={{ left: `${at(cohort.p25)}%`, width: `${at(cohort.p75) - at(cohort.p25)}%` }}
      />
      <div className="absolute top-0 h-6 w-0.5 bg-teal-800" style={{ left: `${at(cohort.p50)}%` }} />
      {value !== null && (
        <div
          data-testid={`benchmark-marker-${metric}`}
          className="absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-amber-500 shadow"
          style={{ left: `${at(value)}%` }}
        />
      )}
    </div>
  );
}
