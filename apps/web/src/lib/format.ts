import type { Language } from './i18n/language';

/**
 * Display formatters. Figures always use Chilean conventions (CLP, `.` thousands) whatever the UI
 * language; only month names follow the language. Dates are `dd-mm-yyyy`.
 */
// Grouped always: es-CL leaves four-digit numbers ungrouped by default (`$ 2.857`, not `$ 2857`).
const pesos = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0, useGrouping: 'always' });
const decimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 });
const compactDecimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 1 });

const MONTHS: Record<Language, readonly string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const EMPTY = '—';

/** `12990` → `$ 12.990`, `-4500` → `-$ 4.500`: every amount in pesos the app shows in full. */
export function formatCLP(value: number): string {
  if (!Number.isFinite(value)) return EMPTY;
  // `|| 0` turns -0 into 0 so rounding tiny negatives never prints "-$ 0".
  const rounded = Math.round(value) || 0;
  return `${rounded < 0 ? '-' : ''}$ ${pesos.format(Math.abs(rounded))}`;
}

/**
 * A short amount for cards and chart axes. Spanish uses the Chilean abbreviations: `MM` for
 * millones (`$ 7,3 MM`) and `mil` for miles (`$ 850 mil`); a lone `M` reads as miles to a
 * Chilean accountant (M$). English: `$ 7,3 M`, `$ 850k`. Below `fullBelow` the whole amount.
 */
export function formatCompactCLP(value: number, language: Language = 'es', fullBelow = 1_000): string {
  if (!Number.isFinite(value)) return EMPTY;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 999_950) {
    const millions = compactDecimal.format(abs / 1_000_000);
    return language === 'es' ? `${sign}$ ${millions} MM` : `${sign}$ ${millions} M`;
  }
  if (abs >= Math.max(fullBelow, 1_000)) {
    const thousands = compactDecimal.format(abs / 1_000);
    return language === 'es' ? `${sign}$ ${thousands} mil` : `${sign}$ ${thousands}k`;
  }
  return formatCLP(value);
}

/**
 * Every digit the import keeps: money to the cent (`$ 12.990`, `$ 1.234,56`) and quantities to
 * the thousandth (`1,088` kg), where the usual formats round to pesos and to two decimals.
 */
const cents = new Intl.NumberFormat('es-CL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const exactQuantity = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3 });

/** `1234.5` → `$ 1.234,50`, `12990` → `$ 12.990`: an amount as it was read, cents included. */
export function formatExactCLP(value: number): string {
  if (!Number.isFinite(value)) return EMPTY;
  if (Number.isInteger(value)) return formatCLP(value);
  return `${value < 0 ? '-' : ''}$ ${cents.format(Math.abs(value))}`;
}

/** `1.088` → `1,088`: a quantity to the gram. */
export function formatQuantity(value: number): string {
  return Number.isFinite(value) ? exactQuantity.format(value) : EMPTY;
}

/** `1234.5` → `1.234,5`. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? decimal.format(value) : EMPTY;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toDate(input: string | Date): Date | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  // A bare calendar date has no time zone: build it locally so it never shifts a day.
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2026-11-21` or a timestamp → `21-11-2026` (local time). */
export function formatDate(input: string | Date): string {
  const date = toDate(input);
  if (!date) return EMPTY;
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** Timestamp → `21-11-2026 14:05` (local time). */
export function formatDateTime(input: string | Date): string {
  const date = toDate(input);
  if (!date) return EMPTY;
  return `${formatDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * `76123456-0` (or any spacing/dots) → `76.123.456-0`; unknown shapes are returned unchanged.
 * The same as contracts' `formatRut`, kept here: importing contracts would pull zod into the
 * dashboard's first chunk (`npm run check:bundle`).
 */
export function formatRut(rut: string): string {
  const compact = rut.replace(/[.\s-]/g, '').toUpperCase();
  if (!/^\d{1,8}[\dK]$/.test(compact)) return rut;
  const body = compact.slice(0, -1).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${body}-${compact.slice(-1)}`;
}

/** `2026-11` → `nov 2026` (es) / `Nov 2026` (en). */
export function formatMonth(month: string, language: Language = 'es'): string {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  const name = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}
