import { type Bilingual, decimalEs, formatPesos, hourLabel, WEEKDAY_NAMES, WEEKDAY_PLURALS } from '../text';
import type { OperationsReport } from './types';

const slotLabel = (hour: number) => `${hourLabel(hour)}–${hourLabel((hour + 1) % 24)}`;

/** Short observations about the operations report, both languages; descriptive only. */
export function operationsObservations(report: Omit<OperationsReport, 'observations'>): Bilingual[] {
  const out: Bilingual[] = [];
  const peakHour = report.peak_hours[0];
  if (peakHour !== undefined) {
    out.push({
      es: `La franja con más ventas es ${slotLabel(peakHour.key)}: ${formatPesos(peakHour.avg_revenue)} por día en promedio.`,
      en: `The busiest hour is ${slotLabel(peakHour.key)}: ${formatPesos(peakHour.avg_revenue, 'en')} per day on average.`,
    });
  }
  const peakDay = report.peak_days[0];
  if (peakDay !== undefined) {
    const name = WEEKDAY_NAMES[peakDay.key] ?? { es: '', en: '' };
    out.push({
      es: `El día de la semana con más ventas es el ${name.es}: ${formatPesos(peakDay.avg_revenue)} en promedio.`,
      en: `The strongest weekday is ${name.en}: ${formatPesos(peakDay.avg_revenue, 'en')} on average.`,
    });
  }
  if (report.half_revenue_hour !== null) {
    const slot = slotLabel(report.half_revenue_hour);
    out.push({
      es: `Un día promedio llega a la mitad de sus ventas al cerrar la franja ${slot}.`,
      en: `An average day reaches half of its revenue by the end of the ${slot} hour.`,
    });
  }
  const difference = report.weekend_vs_weekday.weekend_difference_pct;
  if (difference !== null) {
    const more = difference >= 0;
    out.push({
      es: `Un día de fin de semana vende en promedio ${decimalEs(Math.abs(difference))} % ${more ? 'más' : 'menos'} que un día hábil.`,
      en: `A weekend day sells on average ${Math.abs(difference)} % ${more ? 'more' : 'less'} than a weekday.`,
    });
  }
  if (report.closed_weekdays.length > 0) {
    const names = report.closed_weekdays.map((w) => WEEKDAY_PLURALS[w] ?? { es: '', en: '' });
    out.push({
      es: `No hay ventas registradas los ${names.map((n) => n.es).join(', ')}.`,
      en: `No sales are recorded on ${names.map((n) => n.en).join(', ')}.`,
    });
  }
  const staffing = report.staffing;
  const busiest = Math.max(...staffing.peak_staff_by_weekday);
  if (busiest > 0) {
    out.push({
      es: `Con ${staffing.tickets_per_employee_hour} tickets por persona y hora, la hora más exigente sugiere ${busiest} ${busiest === 1 ? 'persona' : 'personas'} atendiendo.`,
      en: `At ${staffing.tickets_per_employee_hour} tickets per person per hour, the busiest hour suggests ${busiest} ${busiest === 1 ? 'person' : 'people'} serving.`,
    });
  }
  return out;
}
