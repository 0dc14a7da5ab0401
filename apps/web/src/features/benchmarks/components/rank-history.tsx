import type { BenchmarkGrain, BenchmarkMetricKey } from '@ayni/contracts';
import { BENCHMARK_METRIC_KEYS } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { periodLabel } from '../../dashboards/lib/labels';
import { benchmarkHistoryOptions } from '../api/benchmarks';

const WIDTH = 600;
const HEIGHT = 120;

/** The company's percentile rank in one metric, period after period (a gap where none). */
export function RankHistory({ companyId, grain }: { companyId: string; grain: BenchmarkGrain }) {
  const { t, language } = useI18n();
  const [metric, setMetric] = useState<BenchmarkMetricKey>('avg_ticket');
  const query = useQuery(benchmarkHistoryOptions(companyId, metric, grain));
  const points = query.data?.points ?? [];
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0;
  const xy = (i: number, rank: number) =>
    `${(i * step).toFixed(1)},${(HEIGHT - (rank / 100) * HEIGHT).toFixed(1)}`;
  const segments: string[][] = [[]];
  points.forEach((p, i) => {
    if (p.percentile_rank === null) segments.push([]);
    else segments[segments.length - 1]?.push(xy(i, p.percentile_rank));
  });
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
          <svg viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`} className="mt-3 h-32 w-full" aria-hidden="true">
            <line
              x1="0"
              x2={WIDTH}
              y1={HEIGHT / 2}
              y2={HEIGHT / 2}
              className="stroke-slate-200"
              strokeDasharray="4 4"
            />
            {segments
              .filter((s) => s.length > 0)
              .map((s) => (
                <polyline
                  key={s.join(' ')}
                  points={s.join(' ')}
                  fill="none"
                  className="stroke-teal-700"
                  strokeWidth="2"
                />
              ))}
          </svg>
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
