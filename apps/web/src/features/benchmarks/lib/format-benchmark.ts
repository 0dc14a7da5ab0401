import { type BenchmarkMetricKey, revenueBand } from '@ayni/contracts';
import type { Language } from '../../../lib/i18n/language';
import { DASH, formatMoney, formatMoneyShort, formatPercent } from '../../dashboards/lib/figures';

const ratio = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 });

const PERCENT: ReadonlySet<BenchmarkMetricKey> = new Set([
  'revenue_growth_yoy',
  'gross_margin_pct',
  'repeat_customer_rate',
  'weekend_share',
  'return_rate',
]);

/** A metric's value the Chilean way: `$ 9.250`, `31,5 %`, `3,25`; `—` when missing. */
export function formatMetric(
  metric: BenchmarkMetricKey,
  value: number | null | undefined,
  language: Language = 'es',
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DASH;
  if (PERCENT.has(metric)) return formatPercent(value);
  if (metric === 'units_per_ticket') return ratio.format(value);
  if (metric === 'revenue' || metric === 'revenue_per_location') return formatMoneyShort(value, language);
  return formatMoney(value);
}

/** Revenue figures are band lower bounds: `$ 5 MM – $ 10 MM`. */
export function formatBand(low: number, language: Language = 'es'): { low: string; high: string } {
  const band = revenueBand(low);
  return { low: formatMoneyShort(band.low, language), high: formatMoneyShort(band.high, language) };
}

/** Where `value` sits on a strip from `min` to `max`, as a percentage clamped to [0, 100]. */
export function stripPosition(value: number, min: number, max: number): number {
  if (!(max > min)) return 50;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}
