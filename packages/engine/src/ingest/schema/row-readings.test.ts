import { describe, expect, it } from 'vitest';
import { RowReadings } from './row-readings';

const reading = (point: number, comma: number, percentSign = false) => ({
  point,
  comma,
  pointUnit: 0.01,
  commaUnit: 1,
  percentSign,
});

describe('RowReadings', () => {
  it('gives back what each row and slot was set to, blanks as null', () => {
    const readings = new RowReadings(2);
    readings.reset(3);
    readings.set(0, 0, reading(1.5, 15));
    readings.set(0, 1, reading(10, 10, true));
    readings.set(2, 1, reading(Number.NaN, 4.454));
    readings.set(1, 0, null);
    expect(readings.get(0, 0)).toEqual(reading(1.5, 15));
    expect(readings.get(0, 1)).toEqual(reading(10, 10, true));
    expect(readings.get(2, 1)).toEqual(reading(Number.NaN, 4.454));
    expect(readings.get(1, 0)).toBeNull();
    expect(readings.get(1, 1)).toBeNull();
  });

  it('starts every batch blank, in bigger arrays when the batch is bigger', () => {
    const readings = new RowReadings(1);
    readings.reset(1);
    readings.set(0, 0, reading(1, 1, true));
    readings.reset(1);
    expect(readings.get(0, 0)).toBeNull();
    readings.reset(4);
    readings.set(3, 0, reading(2, 20));
    expect(readings.get(3, 0)).toEqual(reading(2, 20));
    expect(readings.get(0, 0)).toBeNull();
  });
});
