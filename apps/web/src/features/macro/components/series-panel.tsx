import type { MacroSeriesSummary } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cx } from '../../../components/cx';
import { ErrorState } from '../../../components/error-state';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';
import { seriesListOptions, seriesPointsOptions } from '../api/macro';
import { formatSeriesValue } from '../lib/format-macro';
import { MacroCard } from './macro-card';

const TEXT = { color: '#475569', fontSize: 11 };

function SeriesChart({ series }: { series: MacroSeriesSummary }) {
  const { t, language } = useI18n();
  const query = useQuery(seriesPointsOptions(series.code));
  const points = query.data?.points ?? [];
  const option = useMemo(
    () => ({
      aria: { enabled: false },
      color: ['#0f766e'],
      grid: { left: 8, right: 8, top: 12, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => formatDate(p.date)), axisLabel: TEXT },
      yAxis: { type: 'value', scale: true, axisLabel: TEXT },
      series: [{ type: 'line', showSymbol: false, data: points.map((p) => p.value) }],
    }),
    [points],
  );
  if (points.length === 0) return null;
  const name = language === 'es' ? series.name_es : series.name_en;
  const carried = points.filter((p) => p.carried).length;
  return (
    <div className="mt-3">
      <EChart
        testId="macro-series-chart"
        option={option}
        height={220}
        label={t('macro.series.chart', {
          name,
          from: formatDate(points[0]?.date ?? ''),
          to: formatDate(points.at(-1)?.date ?? ''),
        })}
      />
      {carried > 0 && (
        <p className="mt-1 text-xs text-slate-500">{t('macro.series.carried', { count: carried })}</p>
      )}
    </div>
  );
}

/** Every series with its latest value and that value's own date; one charted at a time. */
export function SeriesPanel() {
  const i18n = useI18n();
  const { t, language } = i18n;
  const query = useQuery(seriesListOptions());
  const [selected, setSelected] = useState('dolar');
  if (query.isError)
    return <ErrorState message={errorMessage(query.error, i18n)} onRetry={() => query.refetch()} />;
  const list = query.data ?? [];
  const current = list.find((s) => s.code === selected && s.latest);
  return (
    <MacroCard id="macro-series" title={t('macro.series.title')}>
      <table className="w-full text-sm" data-testid="macro-series">
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th className="py-1 font-medium">{t('macro.corr.indicator')}</th>
            <th className="py-1 text-right font-medium">{t('macro.series.latest')}</th>
            <th className="py-1 text-right font-medium">{t('macro.series.date')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {list.map((s) => (
            <tr key={s.code} data-testid={`series-${s.code}`}>
              <td className="py-1.5">
                <button
                  type="button"
                  disabled={!s.latest}
                  aria-pressed={s.code === selected}
                  onClick={() => setSelected(s.code)}
                  className={cx(
                    'text-left',
                    s.code === selected ? 'font-semibold text-teal-800' : 'text-slate-900',
                    'disabled:text-slate-400',
                  )}
                >
                  {language === 'es' ? s.name_es : s.name_en}
                </button>
              </td>
              <td className="py-1.5 text-right tabular-nums">
                {s.latest ? formatSeriesValue(s.latest.value, s.unit) : t('macro.series.none')}
              </td>
              <td className="py-1.5 text-right text-slate-600">
                {s.latest ? (
                  <>
                    {formatDate(s.latest.date)}{' '}
                    <span className="text-xs text-slate-500">
                      ({t(`macro.series.source.${s.latest.source}` as MessageKey)})
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {current && <SeriesChart key={current.code} series={current} />}
    </MacroCard>
  );
}
