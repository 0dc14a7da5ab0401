import type { Bilingual } from '../text';
import { dayIndex, nthWeekdayOfMonth, parseDay } from './days';

export interface CommercialEvent {
  day: number;
  code: 'CYBERDAY' | 'BLACK_FRIDAY' | 'NAVIDAD' | 'FIESTAS_PATRIAS';
  name: Bilingual;
}

/**
 * CyberDay Chile (Cámara de Comercio de Santiago), three days per edition. 2025 (2–4 June and
 * an October edition, 6–8) is checked against press reports; 2018–2024 are the dates as
 * remembered from the CCS announcements and should be verified; 2026 is an assumption (it is
 * usually the first days of June). Correct this table when official dates are confirmed. Years
 * not listed get no CyberDay label rather than a guessed one.
 */
export const CYBERDAY_DATES: Readonly<Record<number, readonly string[]>> = {
  2018: ['2018-05-28', '2018-05-29', '2018-05-30'],
  2019: ['2019-06-03', '2019-06-04', '2019-06-05'],
  2020: ['2020-08-31', '2020-09-01', '2020-09-02'], // moved by the pandemic
  2021: ['2021-05-31', '2021-06-01', '2021-06-02'],
  2022: ['2022-05-30', '2022-05-31', '2022-06-01'],
  2023: ['2023-06-05', '2023-06-06', '2023-06-07'],
  2024: ['2024-06-03', '2024-06-04', '2024-06-05'],
  2025: ['2025-06-02', '2025-06-03', '2025-06-04', '2025-10-06', '2025-10-07', '2025-10-08'], // + October edition
  2026: ['2026-06-01', '2026-06-02', '2026-06-03'], // assumed
};

/** Days before Christmas Eve counted as the Christmas shopping weeks (Dec 10–23). */
const CHRISTMAS_SHOPPING_FROM_DAY = 10;

/** Commercial events of a year, in date order; a day may carry more than one. */
export function commercialEvents(year: number): CommercialEvent[] {
  const list: CommercialEvent[] = [];
  for (const date of CYBERDAY_DATES[year] ?? []) {
    const day = parseDay(date);
    if (day !== null) list.push({ day, code: 'CYBERDAY', name: { es: 'CyberDay', en: 'CyberDay' } });
  }
  // Black Friday: the day after US Thanksgiving (4th Thursday of November).
  list.push({
    day: nthWeekdayOfMonth(year, 11, 4, 4) + 1,
    code: 'BLACK_FRIDAY',
    name: { es: 'Black Friday', en: 'Black Friday' },
  });
  const fiestas = { es: 'Fiestas Patrias', en: 'Fiestas Patrias (national holidays)' };
  for (const day of [17, 18, 19])
    list.push({ day: dayIndex(year, 9, day), code: 'FIESTAS_PATRIAS', name: fiestas });
  for (let day = CHRISTMAS_SHOPPING_FROM_DAY; day <= 23; day++) {
    list.push({
      day: dayIndex(year, 12, day),
      code: 'NAVIDAD',
      name: { es: 'Compras de Navidad', en: 'Christmas shopping' },
    });
  }
  for (const day of [24, 25]) {
    list.push({ day: dayIndex(year, 12, day), code: 'NAVIDAD', name: { es: 'Navidad', en: 'Christmas' } });
  }
  return list.sort((a, b) => a.day - b.day);
}
