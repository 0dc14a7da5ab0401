import type { AskLanguage, AskMetric, AskPeriod } from '@ayni/contracts';
import { customerLabel } from '@ayni/contracts';

/* How answers write figures and periods: es-CL ($1.234.567, 12,5 %) or en ($1,234,567, 12.5%). */

const LOCALE: Record<AskLanguage, string> = { es: 'es-CL', en: 'en-US' };

export const METRIC_LABEL: Record<AskMetric, Record<AskLanguage, string>> = {
  revenue: { es: 'venta neta', en: 'net sales' },
  units: { es: 'unidades vendidas', en: 'units sold' },
  transactions: { es: 'transacciones (boletas)', en: 'transactions' },
  avg_ticket: { es: 'ticket promedio', en: 'average ticket' },
  customers: { es: 'clientes distintos', en: 'distinct customers' },
  new_customers: { es: 'clientes nuevos', en: 'new customers' },
  returning_customers: { es: 'clientes que volvieron a comprar', en: 'returning customers' },
  repeat_customers: { es: 'clientes con más de una compra', en: 'customers with more than one purchase' },
  gross_margin: { es: 'margen bruto', en: 'gross margin' },
  cost: { es: 'costo de lo vendido', en: 'cost of goods sold' },
  margin_pct: { es: 'margen %', en: 'margin %' },
  discount: { es: 'descuentos', en: 'discounts' },
  commission: { es: 'comisiones', en: 'commissions' },
  returned_amount: { es: 'monto devuelto', en: 'amount returned' },
  returns: { es: 'documentos con devolución', en: 'documents with returns' },
  return_lines: { es: 'líneas devueltas', en: 'returned lines' },
  avg_daily_revenue: { es: 'venta promedio por día', en: 'average daily sales' },
  avg_daily_transactions: { es: 'boletas promedio por día', en: 'average transactions per day' },
  avg_daily_customers: {
    es: 'clientes identificados promedio por día',
    en: 'average identified customers per day',
  },
  revenue_share_pct: { es: 'participación en la venta', en: 'share of sales' },
  avg_unit_price: { es: 'precio promedio de venta', en: 'average selling price' },
  avg_monthly_revenue: { es: 'venta promedio por mes', en: 'average monthly sales' },
  avg_weekly_revenue: { es: 'venta promedio por semana', en: 'average weekly sales' },
  units_per_transaction: { es: 'unidades por boleta', en: 'units per transaction' },
  products_sold: { es: 'productos distintos vendidos', en: 'distinct products sold' },
  revenue_per_customer: { es: 'venta promedio por cliente', en: 'average sales per customer' },
};

export function formatValue(value: number | null, unit: string, language: AskLanguage): string {
  if (value === null) return language === 'es' ? 'sin dato' : 'no data';
  const locale = LOCALE[language];
  if (unit === 'CLP') return `$${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)}`;
  // Pesos to the cent: the value of one UF («$40.844,79»).
  if (unit === 'CLP2')
    return `$${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}`;
  if (unit === 'UF')
    return `UF ${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}`;
  if (unit === '%')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}${language === 'es' ? ' %' : '%'}`;
  // Kilos and litres to three decimals, so a list of them lines up («4.634,800» above «356,486»).
  if (unit === 'weighed')
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
      value,
    );
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

export const formatPct = (value: number, language: AskLanguage) =>
  formatValue(Math.abs(value), '%', language);

const date = (iso: string, language: AskLanguage, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', ...options }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** "octubre de 2025", "T4 2025", "semana del 17 de noviembre de 2025", "todo el historial"... */
export function periodLabel(period: AskPeriod | null, language: AskLanguage): string {
  if (period === null) return language === 'es' ? 'todo el historial' : 'all your data';
  const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  switch (period.grain) {
    case 'day':
      return date(period.from, language, long);
    case 'week':
      return `${language === 'es' ? 'la semana del' : 'the week of'} ${date(period.from, language, long)}`;
    case 'month':
      return date(period.from, language, { month: 'long', year: 'numeric' });
    case 'quarter':
      return `${language === 'es' ? 'T' : 'Q'}${Math.ceil(Number(period.from.slice(5, 7)) / 3)} ${period.from.slice(0, 4)}`;
    case 'year':
      return period.from.slice(0, 4);
    case 'range':
      return rangeLabel(period.from, period.to, language);
  }
}

/** One date as a day: "5 de diciembre de 2026", "December 5, 2026". */
export const dayLabel = (iso: string, language: AskLanguage): string =>
  periodLabel({ grain: 'day', from: iso, to: iso }, language);

/**
 * "del 1 al 20 de noviembre de 2025", "del 1 de enero al 20 de noviembre de 2025";
 * "November 1–20, 2025", "January 1 to November 20, 2025": the year and month said once.
 */
function rangeLabel(from: string, to: string, language: AskLanguage): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const day = (iso: string) => String(Number(iso.slice(8, 10)));
  const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  const dayMonth = { day: 'numeric', month: 'long' } as const;
  if (language === 'es') {
    if (sameMonth) return `del ${day(from)} al ${date(to, language, long)}`;
    if (sameYear) return `del ${date(from, language, dayMonth)} al ${date(to, language, long)}`;
    return `del ${date(from, language, long)} al ${date(to, language, long)}`;
  }
  if (sameMonth) return `${date(from, language, dayMonth)}–${day(to)}, ${to.slice(0, 4)}`;
  if (sameYear) return `${date(from, language, dayMonth)} to ${date(to, language, long)}`;
  return `${date(from, language, long)} to ${date(to, language, long)}`;
}

/** The period as the complement of a figure: "en octubre de 2025", "el 4 de diciembre de 2026", "del 1 al 20 de noviembre de 2025". */
export function inPeriod(period: AskPeriod | null, language: AskLanguage): string {
  const label = periodLabel(period, language);
  if (language === 'es') {
    if (period?.grain === 'range') return label;
    return period?.grain === 'day' ? `el ${label}` : `en ${label}`;
  }
  if (period?.grain === 'range') {
    const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
    const start = date(period.from, language, sameYear ? { day: 'numeric', month: 'long' } : long);
    return `from ${start} to ${date(period.to, language, long)}`;
  }
  return period?.grain === 'day' ? `on ${label}` : `in ${label}`;
}

/** What a ranking of changes is against: "frente a octubre de 2025", "frente al período del 1 al 20 de octubre de 2025". */
export function againstPeriod(period: AskPeriod | null, language: AskLanguage): string {
  const label = periodLabel(period, language);
  if (language === 'en') return `against ${label}`;
  if (period?.grain === 'range') return `frente al período ${label}`;
  return period?.grain === 'day' ? `frente al ${label}` : `frente a ${label}`;
}

const WEEKDAYS: Record<AskLanguage, string[]> = {
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** An item's label as people say it: weekday names, "14:00", period keys as they are. */
export function itemLabel(by: string, key: string, label: string, language: AskLanguage): string {
  if (by === 'weekday') return WEEKDAYS[language][Number(key) - 1] ?? key;
  if (by === 'hour') return `${key.padStart(2, '0')}:00`;
  if (by === 'customer') return customerLabel(label);
  return label;
}

/**
 * A listed calendar period in words: "sábado 14 de noviembre", "semana del 23 de noviembre",
 * "febrero", "T1 2026"; with the year when the answer spans more than one.
 */
export function calendarPhrase(by: string, start: string, language: AskLanguage, withYear: boolean): string {
  const es = language === 'es';
  const dayMonth: Intl.DateTimeFormatOptions = withYear
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : { day: 'numeric', month: 'long' };
  switch (by) {
    case 'day':
      return es
        ? `${WEEKDAYS.es[isoWeekday(start) - 1]} ${date(start, language, dayMonth)}`
        : date(start, language, { weekday: 'long', ...dayMonth });
    case 'week':
      return `${es ? 'semana del' : 'week of'} ${date(start, language, dayMonth)}`;
    case 'month':
      return date(start, language, withYear ? { month: 'long', year: 'numeric' } : { month: 'long' });
    default:
      return periodLabel({ grain: by as AskPeriod['grain'], from: start, to: start }, language);
  }
}

/** 1 Monday … 7 Sunday of an ISO date. */
const isoWeekday = (iso: string) => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

const PLURAL_WEEKDAYS: Record<AskLanguage, string[]> = {
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados', 'domingos'],
  en: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
};

/** ISO weekdays as said of a habit: «los sábados y domingos», «de lunes a viernes», "on Saturdays". */
export function weekdaysPhrase(days: number[], language: AskLanguage): string {
  const es = language === 'es';
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  const names = WEEKDAYS[language];
  // Three or more days in a row read as a span.
  if (sorted.length >= 3 && last - first === sorted.length - 1)
    return es
      ? `de ${names[first - 1]} a ${names[last - 1]}`
      : `from ${names[first - 1]} to ${names[last - 1]}`;
  const plural = sorted.map((day) => PLURAL_WEEKDAYS[language][day - 1] as string);
  const listed =
    plural.length === 1
      ? plural[0]
      : `${plural.slice(0, -1).join(', ')} ${es ? 'y' : 'and'} ${plural[plural.length - 1]}`;
  return es ? `los ${listed}` : `on ${listed}`;
}
