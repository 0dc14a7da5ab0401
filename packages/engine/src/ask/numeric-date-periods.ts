import { dayPeriod } from './calendar';
import { bounded, type PeriodRule } from './period-rule';

/* Dates written in digits with their year: "15/10/2025", "15-10-2025", "15.10.2025", "2025-10-15". */

const pad = (text: string | undefined) => String(text).padStart(2, '0');

export const NUMERIC_DATE_RULES: PeriodRule[] = [
  // Day first, as dates are written in Chile.
  [
    bounded('(\\d{1,2})[/.-](\\d{1,2})[/.-](20\\d{2})'),
    (m) => ({ period: dayPeriod(`${m[3]}-${pad(m[2])}-${pad(m[1])}`) }),
  ],
  [
    bounded('(20\\d{2})-(\\d{1,2})-(\\d{1,2})'),
    (m) => ({ period: dayPeriod(`${m[1]}-${pad(m[2])}-${pad(m[3])}`) }),
  ],
];
