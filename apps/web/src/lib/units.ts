import type { useI18n } from './i18n/use-i18n';

type Translate = ReturnType<typeof useI18n>['t'];

/** Units with a name of their own; any other (`caja`) is shown as the file wrote it. */
export const NAMED_UNITS = ['un', 'kg', 'g', 'l'] as const;
export type NamedUnit = (typeof NAMED_UNITS)[number];

export const isNamedUnit = (unit: string): unit is NamedUnit =>
  (NAMED_UNITS as readonly string[]).includes(unit);

/** "Kilos", "Unidades", or the unit as written. */
export function unitName(unit: string, t: Translate): string {
  return isNamedUnit(unit) ? t(`common.unit.${unit}`) : unit;
}
