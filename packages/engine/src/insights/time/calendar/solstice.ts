/**
 * Local date (Chile, UTC−4 in June) of the June (southern winter) solstice, from Meeus' mean
 * solstice formula (Astronomical Algorithms, ch. 27). Without the periodic terms it can be off
 * by some minutes, so a solstice close to local midnight may land on the wrong day: the
 * holiday table pins the years whose official dates are known.
 */
const JULIAN_DAY_OF_EPOCH = 2440587.5; // 1970-01-01T00:00Z
const CHILE_WINTER_OFFSET_DAYS = -4 / 24;

export function juneSolsticeLocalDay(year: number): number {
  const y = (year - 2000) / 1000;
  const jde = 2451716.56767 + 365241.62603 * y + 0.00325 * y ** 2 + 0.00888 * y ** 3 - 0.0003 * y ** 4;
  // Terrestrial time runs about 69 s ahead of UT in this era; close enough for a date.
  const universal = jde - 69 / 86_400;
  return Math.floor(universal - JULIAN_DAY_OF_EPOCH + CHILE_WINTER_OFFSET_DAYS);
}
