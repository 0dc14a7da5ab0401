import type { OperationsSlot } from './types';

const TOP = 3;

/**
 * Best `TOP` slots by average revenue, and the worst `TOP` of the rest; only open slots (with
 * sales) take part, so a closed hour or weekday is never a "valley".
 */
export function peaksAndValleys(slots: OperationsSlot[], open: (key: number) => boolean) {
  const ranked = slots
    .filter((slot) => open(slot.key))
    .sort((a, b) => b.avg_revenue - a.avg_revenue || a.key - b.key);
  const peaks = ranked.slice(0, TOP);
  const valleys = ranked.slice(TOP).reverse().slice(0, TOP);
  return { peaks, valleys };
}

/**
 * First hour at whose end the cumulative revenue of the hour profile reaches half of the day's
 * total; null when the total is not positive.
 */
export function halfRevenueHour(revenueByHour: number[]): number | null {
  const total = revenueByHour.reduce((sum, value) => sum + value, 0);
  if (!(total > 0)) return null;
  let cumulative = 0;
  for (let hour = 0; hour < 24; hour++) {
    cumulative += revenueByHour[hour] as number;
    if (cumulative >= total / 2) return hour;
  }
  return 23;
}
