import { weekdayOfDay } from '../calendar/days';
import { dayLabels } from '../calendar/labels';

/** Calendar effects the model can estimate (each only when the history shows it twice or more). */
export const CALENDAR_EFFECTS = [
  'HOLIDAY',
  'CYBERDAY',
  'BLACK_FRIDAY',
  'NAVIDAD',
  'FIESTAS_PATRIAS',
] as const;
export type CalendarEffect = (typeof CALENDAR_EFFECTS)[number];

/** Yearly Fourier pairs (sin, cos of 1–3 cycles a year) when two years of history exist. */
export const YEARLY_HARMONICS = 3;
const DAYS_PER_YEAR = 365.25;

/**
 * Columns: intercept, trend (years since `originDay`), six weekday dummies (Monday is the base),
 * optional yearly Fourier terms, then one dummy per calendar effect.
 */
export interface DesignSpec {
  originDay: number;
  yearly: boolean;
  effects: readonly CalendarEffect[];
}

export const columnsOf = (spec: DesignSpec): number =>
  2 + 6 + (spec.yearly ? 2 * YEARLY_HARMONICS : 0) + spec.effects.length;

export function effectsOn(day: number): Set<CalendarEffect> {
  const found = new Set<CalendarEffect>();
  for (const label of dayLabels(day).labels) found.add(label.kind as CalendarEffect);
  return found;
}

/** Writes the design row of `day` into `out` (length `columnsOf(spec)`). */
export function designRow(spec: DesignSpec, day: number, out: Float64Array): Float64Array {
  out.fill(0);
  out[0] = 1;
  out[1] = (day - spec.originDay) / DAYS_PER_YEAR;
  const weekday = weekdayOfDay(day);
  if (weekday > 1) out[weekday] = 1; // columns 2..7 hold Tuesday..Sunday
  let column = 8;
  if (spec.yearly) {
    const angle = (2 * Math.PI * day) / DAYS_PER_YEAR;
    for (let k = 1; k <= YEARLY_HARMONICS; k++) {
      out[column++] = Math.sin(k * angle);
      out[column++] = Math.cos(k * angle);
    }
  }
  if (spec.effects.length > 0) {
    const on = effectsOn(day);
    for (const effect of spec.effects) out[column++] = on.has(effect) ? 1 : 0;
  }
  return out;
}
