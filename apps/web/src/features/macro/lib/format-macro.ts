import { formatNumber } from '../../../lib/format';

/** `3.72` → `+3,72 %`; `-0.25` pp → `−0,25 pp`: signed, Chilean decimals. */
export function formatChange(change: number, unit: '%' | 'pp'): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(change))} ${unit}`;
}

/** A series value in its unit: `$ 40.844,79`, `3,5 %`, `US$ 4,15/lb`. */
export function formatSeriesValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)} %`;
  if (unit === 'USD/lb') return `US$ ${formatNumber(value)}/lb`;
  return `$ ${formatNumber(value)}`;
}

/** `2024-01` → `01-2024`. */
export const formatYearMonth = (month: string): string => `${month.slice(5, 7)}-${month.slice(0, 4)}`;
