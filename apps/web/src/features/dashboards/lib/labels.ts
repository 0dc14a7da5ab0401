import type { MetricGrain } from '@ayni/contracts';
import { formatDate, formatMonth } from '../../../lib/format';
import type { Language } from '../../../lib/i18n/language';

/** Axis label of a period key: `14-03`, `S11 2025` / `W11 2025`, `mar 2025`, `T1 2025` / `Q1 2025`, `2025`. */
export function periodLabel(period: string, grain: MetricGrain, language: Language): string {
  if (grain === 'day') return formatDate(period).slice(0, 5);
  if (grain === 'month') return formatMonth(period, language);
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `${language === 'es' ? 'S' : 'W'}${week[2]} ${week[1]}`;
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return `${language === 'es' ? 'T' : 'Q'}${quarter[2]} ${quarter[1]}`;
  return period;
}
