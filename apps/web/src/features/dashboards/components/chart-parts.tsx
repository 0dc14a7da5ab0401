import { useI18n } from '../../../lib/i18n/use-i18n';

/** Colour-blind-safe pairs with enough contrast on white. */
export const COLORS = {
  current: '#0f766e',
  lastYear: '#64748b',
  returning: '#b45309',
  cost: '#64748b',
  discount: '#b45309',
  marginPct: '#6d28d9',
};

export const TEXT = { color: '#475569', fontSize: 11 };
export const BAR = ['bar'] as const;
export const HEATMAP = ['heatmap'] as const;

/** Sequential teal scale for the heatmap (light = little, dark = much). */
export const HEAT = ['#f0fdfa', '#99f6e4', '#2dd4bf', '#0d9488', '#115e59'];

export function heatColor(share: number): string {
  if (!(share > 0)) return '#f8fafc';
  return HEAT[Math.min(HEAT.length - 1, Math.floor(share * HEAT.length))] as string;
}

export interface TooltipParam {
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  marker: string;
}

/** An empty chart's place: "no data in this period", or why there is nothing to draw. */
export function Empty({ message, testId }: { message?: string; testId?: string } = {}) {
  const { t } = useI18n();
  return (
    <p className="py-16 text-center text-sm text-slate-500" data-testid={testId}>
      {message ?? t('dashboards.chart.empty')}
    </p>
  );
}
