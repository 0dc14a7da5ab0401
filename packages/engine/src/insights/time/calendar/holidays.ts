import type { Bilingual } from '../text';
import { dayIndex, parseDay, weekdayOfDay } from './days';
import { easterSunday } from './easter';
import { EXTRA_HOLIDAYS, PUEBLOS_INDIGENAS_DATES } from './holiday-table';
import { juneSolsticeLocalDay } from './solstice';

export interface Holiday {
  /** Day index (days since 1970-01-01). */
  day: number;
  code: string;
  name: Bilingual;
}

const name = (es: string, en: string): Bilingual => ({ es, en });

/**
 * Ley 19.668: a holiday falling on Tuesday, Wednesday or Thursday moves to the Monday of that
 * week; on Friday, to the next Monday; on the weekend or a Monday it stays.
 */
export function movedToMonday(day: number): number {
  const weekday = weekdayOfDay(day);
  if (weekday >= 2 && weekday <= 4) return day - (weekday - 1);
  if (weekday === 5) return day + 3;
  return day;
}

/** Ley 20.299: October 31st on a Tuesday moves to the Friday before, on a Wednesday to the Friday after. */
export function evangelicalChurchesDay(year: number): number {
  const day = dayIndex(year, 10, 31);
  const weekday = weekdayOfDay(day);
  if (weekday === 2) return day - 4;
  if (weekday === 3) return day + 2;
  return day;
}

/** The day of the Indigenous Peoples (a public holiday since 2021): the June solstice in Chile. */
export function pueblosIndigenasDay(year: number): number {
  const pinned = PUEBLOS_INDIGENAS_DATES[year];
  const day = pinned === undefined ? null : parseDay(pinned);
  return day ?? juneSolsticeLocalDay(year);
}

/** Chile's national public holidays of a year, in date order (regional ones are not included). */
export function chileanHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  const add = (day: number, code: string, label: Bilingual) => list.push({ day, code, name: label });
  const on = (month: number, day: number) => dayIndex(year, month, day);
  add(on(1, 1), 'ANO_NUEVO', name('Año Nuevo', "New Year's Day"));
  if (year >= 2017 && weekdayOfDay(on(1, 1)) === 7)
    add(on(1, 2), 'ANO_NUEVO', name('Feriado de Año Nuevo', 'New Year holiday'));
  const easter = easterSunday(year);
  add(easter - 2, 'VIERNES_SANTO', name('Viernes Santo', 'Good Friday'));
  add(easter - 1, 'SABADO_SANTO', name('Sábado Santo', 'Holy Saturday'));
  add(on(5, 1), 'DIA_DEL_TRABAJO', name('Día del Trabajo', 'Labour Day'));
  add(on(5, 21), 'GLORIAS_NAVALES', name('Día de las Glorias Navales', 'Navy Day'));
  if (year >= 2021) {
    add(
      pueblosIndigenasDay(year),
      'PUEBLOS_INDIGENAS',
      name('Día de los Pueblos Indígenas', 'Indigenous Peoples Day'),
    );
  }
  add(
    movedToMonday(on(6, 29)),
    'SAN_PEDRO_Y_SAN_PABLO',
    name('San Pedro y San Pablo', 'Saints Peter and Paul'),
  );
  add(on(7, 16), 'VIRGEN_DEL_CARMEN', name('Día de la Virgen del Carmen', 'Our Lady of Mount Carmel'));
  add(on(8, 15), 'ASUNCION', name('Asunción de la Virgen', 'Assumption of Mary'));
  // Ley 20.215: September 17th when it is a Monday and 20th when it is a Friday bridge the weekend.
  if (weekdayOfDay(on(9, 17)) === 1)
    add(
      on(9, 17),
      'FIESTAS_PATRIAS',
      name('Feriado adicional de Fiestas Patrias', 'Extra Fiestas Patrias holiday'),
    );
  add(on(9, 18), 'FIESTAS_PATRIAS', name('Independencia Nacional', 'Independence Day'));
  add(on(9, 19), 'FIESTAS_PATRIAS', name('Día de las Glorias del Ejército', 'Army Day'));
  if (weekdayOfDay(on(9, 20)) === 5)
    add(
      on(9, 20),
      'FIESTAS_PATRIAS',
      name('Feriado adicional de Fiestas Patrias', 'Extra Fiestas Patrias holiday'),
    );
  add(movedToMonday(on(10, 12)), 'ENCUENTRO_DOS_MUNDOS', name('Encuentro de Dos Mundos', 'Columbus Day'));
  if (year >= 2008)
    add(
      evangelicalChurchesDay(year),
      'IGLESIAS_EVANGELICAS',
      name('Día de las Iglesias Evangélicas y Protestantes', 'Reformation Day'),
    );
  add(on(11, 1), 'TODOS_LOS_SANTOS', name('Día de Todos los Santos', "All Saints' Day"));
  add(on(12, 8), 'INMACULADA_CONCEPCION', name('Inmaculada Concepción', 'Immaculate Conception'));
  add(on(12, 25), 'NAVIDAD', name('Navidad', 'Christmas Day'));
  for (const extra of EXTRA_HOLIDAYS) {
    const day = parseDay(extra.date);
    if (day !== null && extra.date.startsWith(`${year}-`) && !list.some((h) => h.day === day)) {
      add(day, extra.code, extra.name);
    }
  }
  return list.sort((a, b) => a.day - b.day);
}
