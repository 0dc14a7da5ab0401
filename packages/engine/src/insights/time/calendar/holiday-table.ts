import type { Bilingual } from '../text';

/**
 * Dates that no general rule gives, 2018–2027, checked against the official lists (Ley 21.357
 * decrees for Pueblos Indígenas; one-off laws for the Fiestas Patrias bridges; election days,
 * which are legal holidays). Years not listed fall back to the rules in `holidays.ts`.
 */

/** Official Día Nacional de los Pueblos Indígenas (the solstice day fixed by decree). */
export const PUEBLOS_INDIGENAS_DATES: Readonly<Record<number, string>> = {
  2021: '2021-06-21', // Ley 21.357 fixed Monday 21 for its first year (the solstice was late on the 20th)
  2022: '2022-06-21',
  2023: '2023-06-21',
  2024: '2024-06-20',
  2025: '2025-06-20',
  2026: '2026-06-21',
  2027: '2027-06-21',
};

export interface ExtraHoliday {
  date: string;
  code: 'FIESTAS_PATRIAS' | 'ELECTION';
  name: Bilingual;
}

const bridge = (date: string): ExtraHoliday => ({
  date,
  code: 'FIESTAS_PATRIAS',
  name: { es: 'Feriado adicional de Fiestas Patrias', en: 'Extra Fiestas Patrias holiday' },
});

const election = (date: string): ExtraHoliday => ({
  date,
  code: 'ELECTION',
  name: { es: 'Elecciones (feriado legal)', en: 'Election day (public holiday)' },
});

export const EXTRA_HOLIDAYS: readonly ExtraHoliday[] = [
  election('2020-10-25'), // plebiscito nacional
  election('2021-05-15'), // convencionales, gobernadores, municipales (two days)
  election('2021-05-16'),
  election('2021-06-13'), // segunda vuelta de gobernadores
  election('2021-07-18'), // primarias presidenciales
  election('2021-11-21'), // presidencial y parlamentaria
  election('2021-12-19'), // segunda vuelta
  bridge('2021-09-17'),
  bridge('2022-09-16'),
  election('2022-09-04'), // plebiscito de salida
  election('2023-05-07'), // consejo constitucional
  election('2023-12-17'), // plebiscito constitucional
  // Regionales y municipales: voting ran over two days, but Ley 21.693 kept Saturday 26 a working day.
  election('2024-10-27'),
  election('2024-11-24'), // segunda vuelta de gobernadores (11 regions, Metropolitana included)
  // 2025-06-29 (primarias) fell on San Pedro y San Pablo, already a holiday.
  election('2025-11-16'), // presidencial y parlamentaria
  election('2025-12-14'), // segunda vuelta
];
