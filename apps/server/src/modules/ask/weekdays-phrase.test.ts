import { describe, expect, it } from 'vitest';
import { weekdaysPhrase } from './answer-format';

describe('weekdaysPhrase', () => {
  it('says weekdays as a habit, in the plural, joined as people say them', () => {
    expect(weekdaysPhrase([6, 7], 'es')).toBe('los sábados y domingos');
    expect(weekdaysPhrase([7, 6], 'en')).toBe('on Saturdays and Sundays');
    expect(weekdaysPhrase([6], 'es')).toBe('los sábados');
    expect(weekdaysPhrase([1, 3, 5], 'es')).toBe('los lunes, miércoles y viernes');
    expect(weekdaysPhrase([2], 'en')).toBe('on Tuesdays');
  });

  it('reads three or more days in a row as a span', () => {
    expect(weekdaysPhrase([1, 2, 3, 4, 5], 'es')).toBe('de lunes a viernes');
    expect(weekdaysPhrase([5, 6, 7], 'en')).toBe('from Friday to Sunday');
    // Two in a row are still a list.
    expect(weekdaysPhrase([4, 5], 'es')).toBe('los jueves y viernes');
  });
});
