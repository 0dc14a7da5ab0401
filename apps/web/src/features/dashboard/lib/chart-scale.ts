/** Rounds `max` up to a "nice" axis top divisible into `ticks` steps of 1, 2, 2.5 or 5 × 10^n. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (!Number.isFinite(max) || max <= 0) return { top: ticks, step: 1 };
  const rawStep = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const residual = rawStep / magnitude;
  const nice = [1, 2, 2.5, 5, 10].find((candidate) => residual <= candidate) ?? 10;
  const step = nice * magnitude;
  return { top: step * ticks, step };
}
