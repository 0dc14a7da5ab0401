import type { AskChart } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';
import { askChartOption } from '../lib/ask-chart-option';

/** The answer's chart: bars for rankings and comparisons, a line for series (KPIs need none). */
export function AskAnswerChart({ chart }: { chart: AskChart }) {
  const { t, language } = useI18n();
  if (chart.type === 'kpi') return null;
  const option = askChartOption(chart, language);
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
