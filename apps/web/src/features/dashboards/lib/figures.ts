import { formatCLP, formatCompactCLP } from '../../../lib/format';
import type { Language } from '../../../lib/i18n/language';

/**
 * Card and chart figures. Chilean conventions whatever the UI language (like `lib/format`): CLP as
 * `$ 1.234.567`, MM/mil abbreviations on cards, decimal comma. Missing values are `—`, never 0.
 */
const integer = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 1 });

export const DASH = '—';

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `1234567` → `$ 1.234.567`; `-4500` → `-$ 4.500`. */
export function formatMoney(value: number | null | undefined): string {
  return finite(value) ? formatCLP(value) : DASH;
}

/**
 * Cards and axes: `$ 12,3 MM`, `$ 45,9 mil` (`$ 12,3 M`, `$ 45,9k` in English), and below ten
 * thousand the full amount (`$ 2.857`).
 */
export function formatMoneyShort(value: number | null | undefined, language: Language = 'es'): string {
  return finite(value) ? formatCompactCLP(value, language, 10_000) : DASH;
}

/** `4321` → `4.321`; on cards `123456` → `123,5 mil` (`123,5k` in English). */
export function formatCount(
  value: number | null | undefined,
  short = false,
  language: Language = 'es',
): string {
  if (!finite(value)) return DASH;
  if (short && Math.abs(value) >= 100_000) {
    const thousands = oneDecimal.format(value / 1_000);
    return language === 'es' ? `${thousands} mil` : `${thousands}k`;
  }
  return integer.format(value);
}

const grams = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3 });

/**
 * A product's quantity as sold: whole units as counts (`4.100`), weighed ones to the gram with
 * their unit (`221,557 kg`), never rounded to a whole kilo.
 */
export function formatQuantity(value: number | null | undefined, unitType?: string | null): string {
  if (!finite(value)) return DASH;
  const figure = grams.format(value);
  return unitType && unitType !== 'un' ? `${figure} ${unitType}` : figure;
}

/** `32.456` → `32,5 %`. */
export function formatPercent(value: number | null | undefined): string {
  return finite(value) ? `${oneDecimal.format(value)} %` : DASH;
}

const fixedDecimal = new Intl.NumberFormat('es-CL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Table columns: always one decimal (`29,0 %` under `40,6 %`), so the figures line up. */
export function formatPercentColumn(value: number | null | undefined): string {
  return finite(value) ? `${fixedDecimal.format(value)} %` : DASH;
}

/** To one decimal, halves away from zero (−3,25 → −3,3). */
function roundTenth(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
}

export interface Change {
  value: number | null;
  /** `pct`: relative change in %; `pp`: difference of two percentages, in points. */
  unit: 'pct' | 'pp';
  /** Why `value` is null (`NO_PREVIOUS_PERIOD`, `NO_SAME_PERIOD_LAST_YEAR`, ...). */
  reason: string | null;
}

/** `+12,3 %`, `−4 %` (a real minus sign), `+1,5 pp`, `0 %`, or `—`. */
export function formatChange(change: Change): string {
  if (!finite(change.value)) return DASH;
  const rounded = roundTenth(change.value);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${oneDecimal.format(Math.abs(rounded))} ${change.unit === 'pp' ? 'pp' : '%'}`;
}

/** Up, down or flat (for the arrow and the colour). */
export function changeDirection(change: Change): 'up' | 'down' | 'flat' | null {
  if (!finite(change.value)) return null;
  const rounded = roundTenth(change.value);
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}
