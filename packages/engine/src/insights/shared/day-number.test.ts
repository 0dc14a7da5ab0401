import { expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from './stats';

it('dayNumber matches Date.parse over 200 years', () => {
  for (let day = -30000; day < 50000; day += 7) {
    const date = dateOfDayNumber(day);
    expect(dayNumber(date)).toBe(day);
  }
});
