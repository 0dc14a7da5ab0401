import type { AskChart } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';

/** The answer's chart: bars for rankings and comparisons, a line for series (KPIs need none). */
export function AskAnswerChart({ chart }: { chart: AskChart }) {
  const { t } = useI18n();
  if (chart.type === 'kpi') return null;
  const option = {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value' },
    series: chart.series.map((serie) => ({ name: serie.name, type: chart.type, data: serie.values })),
  };
  return (
    <EChart
      option={option}
      label={t('ask.chartLabel', { title: chart.title })}
      height={220}
      testId="ask-chart"
      kinds={chart.type === 'bar' ? ['bar'] : []}
    />
  );
}
