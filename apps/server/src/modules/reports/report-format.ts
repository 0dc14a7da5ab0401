import type { ReportLanguage } from '@ayni/contracts';

/*
 * Numbers the Chilean way in Spanish ($ 12.990, 1,5 %) and the English way in English
 * ($12,990, 1.5%). Grouping is done by hand: CLDR's Spanish leaves 4-digit numbers ungrouped
 * (1990), while Chilean invoices and banks write 1.990.
 */

function grouped(value: number, decimals: number, lang: ReportLanguage): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.') as [string, string | undefined];
  const thousands = lang === 'es' ? '.' : ',';
  const point = lang === 'es' ? ',' : '.';
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) + (frac ? `${point}${frac}` : '');
  return value < 0 && Number(body.replace(/\D/g, '')) !== 0 ? `-${body}` : body;
}

export function formatNumber(value: number, lang: ReportLanguage, decimals = 0): string {
  return grouped(value, decimals, lang);
}

/** Pesos have no cents in practice: whole pesos. */
export function formatMoney(value: number, lang: ReportLanguage): string {
  const body = grouped(Math.round(value), 0, lang);
  const negative = body.startsWith('-');
  const digits = negative ? body.slice(1) : body;
  const money = lang === 'es' ? `$ ${digits}` : `$${digits}`;
  return negative ? `-${money}` : money;
}

/** A percentage with one decimal. */
export function formatPercent(value: number, lang: ReportLanguage, decimals = 1): string {
  const body = grouped(value, decimals, lang);
  return lang === 'es' ? `${body} %` : `${body}%`;
}

/** A change: +12,5 % / -3.0%; `pp` for percentage points. */
export function formatChange(value: number, lang: ReportLanguage, unit: 'pct' | 'pp' = 'pct'): string {
  const sign = value > 0 ? '+' : '';
  if (unit === 'pp') return `${sign}${grouped(value, 1, lang)} pp`;
  return `${sign}${formatPercent(value, lang)}`;
}

/** A quantity: up to 2 decimals (weighed products), none when whole. */
export function formatQuantity(value: number, lang: ReportLanguage): string {
  return grouped(value, Number.isInteger(value) ? 0 : 2, lang);
}

const MONTHS = {
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** 14 de noviembre de 2025 / November 14, 2025. */
export function formatDate(date: string, lang: ReportLanguage): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[lang][m - 1];
  return lang === 'es' ? `${d} de ${month} de ${y}` : `${month} ${d}, ${y}`;
}

/** octubre 2025 / October 2025; 4.º trimestre 2025 / Q4 2025; semana 48 de 2025 / week 48 of 2025. */
export function formatPeriod(period: string, lang: ReportLanguage): string {
  const year = period.slice(0, 4);
  if (/^\d{4}-W\d{2}$/.test(period)) {
    const week = Number(period.slice(6));
    return lang === 'es' ? `semana ${week} de ${year}` : `week ${week} of ${year}`;
  }
  if (/^\d{4}-Q\d$/.test(period)) {
    return lang === 'es' ? `${period.slice(6)}.º trimestre ${year}` : `Q${period.slice(6)} ${year}`;
  }
  if (/^\d{4}-\d{2}$/.test(period)) return `${MONTHS[lang][Number(period.slice(5)) - 1]} ${year}`;
  return year;
}

/** Short month label for chart axes: oct 25 / Oct 25. */
export function shortMonth(month: string, lang: ReportLanguage): string {
  const name = MONTHS[lang][Number(month.slice(5, 7)) - 1] ?? month;
  return `${name.slice(0, 3)} ${month.slice(2, 4)}`;
}
