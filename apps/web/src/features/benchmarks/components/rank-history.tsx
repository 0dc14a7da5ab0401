import type { BenchmarkGrain, BenchmarkMetricKey } from '@ayni/contracts';
import { BENCHMARK_METRIC_KEYS } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';
import { periodLabel } from '../../dashboards/lib/labels';
import { benchmarkHistoryOptions } from '../api/benchmarks';

const TEXT = { color: '#475569', fontSize: 11 };

/** The company's percentile rank in one metric, period after period (a gap where none). */
export function RankHistory({ companyId, grain }: { companyId: string; grain: BenchmarkGrain }) {
  const { t, language } = useI18n();
  const [metric, setMetric] = useState<BenchmarkMetricKey>('avg_ticket');
  const query = useQuery(benchmarkHistoryOptions(companyId, metric, grain));
  const points = useMemo(() => query.data?.points ?? [], [query.data]);
  const labels = useMemo(
    () => points.map((p) => periodLabel(p.period, grain, language)),
    [points, grain, language],
  );
  const option = useMemo(
    () => ({
      aria: { enabled: false },
      color: ['#0f766e', '#94a3b8'],
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: TEXT },
      // Percentiles always span 0–100: a move from 40 to 60 looks as big as it is.
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: TEXT },
      series: [
        {
          name: t('benchmarks.history.you'),
          type: 'line',
          // A period without a rank is a gap, and a rank between two gaps still shows as a point.
          connectNulls: false,
          showAllSymbol: true,
          symbolSize: 6,
          data: points.map((p) => p.percentile_rank),
        },
        {
          name: t('benchmarks.history.median'),
          type: 'line',
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 1 },
          data: points.map(() => 50),
          tooltip: { show: false },
        },
      ],
    }),
    [points, labels, t],
  );
  return (
    <Card aria-labelledby="rank-history-title" className="p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="rank-history-title" className="text-base font-semibold text-slate-900">
          {t('benchmarks.history.title')}
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          {t('benchmarks.history.metric')}
          <select
            value={metric}
            onChange={(e) => setMetric(e.target.value as BenchmarkMetricKey)}
            className="rounded-lg border border-slate-300 px-2 py-1"
          >
            {BENCHMARK_METRIC_KEYS.map((m) => (
              <option key={m} value={m}>
                {t(`benchmarks.metric.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {points.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t('benchmarks.history.empty')}</p>
      ) : (
        <>
          <EChart
            testId="rank-history-chart"
            option={option}
            height={200}
            className="mt-3"
            label={t('benchmarks.history.label', {
              metric: t(`benchmarks.metric.${metric}`),
              points: points.map((p, i) => `${labels[i]}: ${p.percentile_rank ?? '—'}`).join(', '),
            })}
          />
          <ol
            className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600"
            data-testid="rank-history"
          >
            {points.map((p) => (
              <li key={p.period}>
                {periodLabel(p.period, grain, language)}: {p.percentile_rank ?? '—'}
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
