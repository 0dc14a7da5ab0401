/** A short text in both languages the app speaks. Observations only, never financial advice. */
export interface Bilingual {
  es: string;
  en: string;
}

/** Why a section (or part of one) has no result: a stable code plus a sentence in both languages. */
export interface Unavailable {
  available: false;
  reason: string;
  message: Bilingual;
}

export const unavailable = (reason: string, es: string, en: string): Unavailable => ({
  available: false,
  reason,
  message: { es, en },
});

export const WEEKDAY_NAMES: Readonly<Record<number, Bilingual>> = {
  1: { es: 'lunes', en: 'Monday' },
  2: { es: 'martes', en: 'Tuesday' },
  3: { es: 'miércoles', en: 'Wednesday' },
  4: { es: 'jueves', en: 'Thursday' },
  5: { es: 'viernes', en: 'Friday' },
  6: { es: 'sábado', en: 'Saturday' },
  7: { es: 'domingo', en: 'Sunday' },
};

export const WEEKDAY_PLURALS: Readonly<Record<number, Bilingual>> = {
  1: { es: 'lunes', en: 'Mondays' },
  2: { es: 'martes', en: 'Tuesdays' },
  3: { es: 'miércoles', en: 'Wednesdays' },
  4: { es: 'jueves', en: 'Thursdays' },
  5: { es: 'viernes', en: 'Fridays' },
  6: { es: 'sábados', en: 'Saturdays' },
  7: { es: 'domingos', en: 'Sundays' },
};

/** Pesos without decimals, thousands grouped as each language does: $1.234.567 / $1,234,567. */
export function formatPesos(value: number, language: 'es' | 'en' = 'es'): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'es' ? '.' : ',');
  return `${rounded < 0 ? '-' : ''}$${digits}`;
}

export const hourLabel = (hour: number): string => `${hour < 10 ? '0' : ''}${hour}:00`;

/** Rounds to `decimals` places (half away from zero); keeps -0 out of the JSON. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** A decimal number as Spanish writes it (4,9) and as English does (4.9). */
export const decimalEs = (value: number | string): string => String(value).replace('.', ',');
