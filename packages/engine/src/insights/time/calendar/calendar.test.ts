import { describe, expect, it } from 'vitest';
import { chileanHolidays, commercialEvents, dateOf, dayLabels, easterSunday, parseDay } from './index';

const holidayDates = (year: number) => chileanHolidays(year).map((h) => dateOf(h.day));
const day = (date: string) => parseDay(date) as number;
const codesOn = (date: string) => dayLabels(day(date)).labels.map((l) => l.code);

describe('Chilean public holidays', () => {
  it('finds Easter and the two Holy Week holidays', () => {
    expect(dateOf(easterSunday(2025))).toBe('2025-04-20');
    expect(dateOf(easterSunday(2024))).toBe('2024-03-31');
    expect(dateOf(easterSunday(2019))).toBe('2019-04-21');
    expect(holidayDates(2025)).toContain('2025-04-18');
    expect(holidayDates(2025)).toContain('2025-04-19');
    expect(holidayDates(2024)).toContain('2024-03-29');
  });

  it('puts Pueblos Indígenas on the official solstice day', () => {
    expect(holidayDates(2024)).toContain('2024-06-20');
    expect(holidayDates(2025)).toContain('2025-06-20');
    expect(holidayDates(2023)).toContain('2023-06-21');
    expect(holidayDates(2021)).toContain('2021-06-21');
    expect(holidayDates(2020).some((d) => d.startsWith('2020-06-2') && d !== '2020-06-29')).toBe(false);
    // Beyond the table the solstice is computed: 2028's falls on June 20 in Chile.
    expect(holidayDates(2028)).toContain('2028-06-20');
  });

  it('moves San Pedro y San Pablo and Encuentro de Dos Mundos to Mondays (Ley 19.668)', () => {
    expect(holidayDates(2018)).toContain('2018-07-02'); // Friday 29 → next Monday
    expect(holidayDates(2023)).toContain('2023-06-26'); // Thursday 29 → that week's Monday
    expect(holidayDates(2024)).toContain('2024-06-29'); // Saturday stays
    expect(holidayDates(2023)).toContain('2023-10-09');
    expect(holidayDates(2018)).toContain('2018-10-15');
    expect(holidayDates(2025)).toContain('2025-10-12');
  });

  it('moves Iglesias Evangélicas off Tuesdays and Wednesdays to a Friday', () => {
    expect(holidayDates(2023)).toContain('2023-10-27'); // Tuesday 31 → Friday before
    expect(holidayDates(2018)).toContain('2018-11-02'); // Wednesday 31 → Friday after
    expect(holidayDates(2024)).toContain('2024-10-31');
  });

  it('bridges Fiestas Patrias by rule and by the one-off laws', () => {
    expect(holidayDates(2024)).toContain('2024-09-20'); // Friday 20th
    expect(holidayDates(2019)).toContain('2019-09-20');
    expect(holidayDates(2018)).toContain('2018-09-17'); // Monday 17th
    expect(holidayDates(2022)).toContain('2022-09-16');
    expect(holidayDates(2021)).toContain('2021-09-17');
    expect(holidayDates(2025)).not.toContain('2025-09-17');
    expect(holidayDates(2025)).not.toContain('2025-09-20');
  });

  it('adds January 2nd when New Year falls on a Sunday, and election days', () => {
    expect(holidayDates(2023)).toContain('2023-01-02');
    expect(holidayDates(2024)).not.toContain('2024-01-02');
    expect(holidayDates(2024)).toContain('2024-10-27');
    expect(holidayDates(2024)).not.toContain('2024-10-26'); // voting day, but a working day by law
    expect(holidayDates(2021)).toContain('2021-06-13');
  });

  it('has the fixed holidays and none on an ordinary day', () => {
    for (const date of [
      '2025-01-01',
      '2025-05-01',
      '2025-05-21',
      '2025-07-16',
      '2025-08-15',
      '2025-11-01',
      '2025-12-08',
      '2025-12-25',
    ]) {
      expect(holidayDates(2025)).toContain(date);
    }
    expect(dayLabels(day('2025-03-11')).labels).toEqual([]);
  });
});

describe('commercial events', () => {
  it('puts Black Friday the day after the 4th Thursday of November', () => {
    const blackFriday = (year: number) =>
      commercialEvents(year)
        .filter((e) => e.code === 'BLACK_FRIDAY')
        .map((e) => dateOf(e.day));
    expect(blackFriday(2024)).toEqual(['2024-11-29']);
    expect(blackFriday(2025)).toEqual(['2025-11-28']);
    expect(blackFriday(2023)).toEqual(['2023-11-24']);
  });

  it('labels CyberDay, Navidad and Fiestas Patrias days', () => {
    expect(codesOn('2024-06-04')).toContain('CYBERDAY');
    expect(codesOn('2024-12-24')).toContain('NAVIDAD');
    expect(codesOn('2024-12-15')).toContain('NAVIDAD');
    expect(codesOn('2024-12-25')).toEqual(['NAVIDAD', 'NAVIDAD']); // the holiday and the event
    expect(codesOn('2025-09-17')).toEqual(['FIESTAS_PATRIAS']); // the eve: an event, no holiday
    expect(dayLabels(day('2025-09-17')).holiday).toBe(false);
    expect(dayLabels(day('2025-09-18')).holiday).toBe(true);
  });
});
