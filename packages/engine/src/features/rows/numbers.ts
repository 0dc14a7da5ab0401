/** From the engine's integer sums to published numbers. `+ 0` turns −0 into 0. */
export const money = (cents: number): number => cents / 100 + 0;
export const quantity = (thousandths: number): number => thousandths / 1000 + 0;

/** Rounds half up (toward +∞) to `decimals` places. */
export const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
};

/** Money per something (avg ticket, avg unit price), to the cent. */
export const moneyPer = (cents: number, count: number): number => Math.round(cents / count) / 100 + 0;

/** 100 × part / whole, to 2 decimals. */
export const percent = (part: number, whole: number): number => roundTo((part / whole) * 100, 2);
