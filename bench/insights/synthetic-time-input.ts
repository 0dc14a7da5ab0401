/**
 * A deterministic synthetic feature result for the time insights: daily and hourly rows of a
 * shop with trend and weekly pattern, and product-day rows with stable prices and rare slips.
 */
import type {
  DayHourRowInput,
  DayRowInput,
  ProductDayRowInput,
  TimeInsightInput,
} from '../../packages/engine/src/insights/time/input';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MS_PER_DAY = 86_400_000;
const dateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const FIRST_DAY = Date.UTC(2023, 0, 2) / MS_PER_DAY; // a Monday
const WEEKLY = [0.8, 0.85, 0.9, 1, 1.2, 1.5, 0.6];

export function syntheticTimeInput(options: {
  years: number;
  products: number;
  density: number;
}): TimeInsightInput {
  const rand = random(42);
  const days = Math.round(options.years * 365.25);
  const day: DayRowInput[] = [];
  const dayHour: DayHourRowInput[] = [];
  for (let i = 0; i < days; i++) {
    const date = dateOf(FIRST_DAY + i);
    const level = 2_000_000 * (1 + i / 1000) * (WEEKLY[i % 7] as number) * (0.9 + 0.2 * rand());
    let revenue = 0;
    let tickets = 0;
    for (let hour = 9; hour < 21; hour++) {
      const share = (hour >= 12 && hour < 14) || (hour >= 18 && hour < 20) ? 0.12 : 0.065;
      const hourRevenue = Math.round(level * share);
      const hourTickets = Math.max(1, Math.round(hourRevenue / 8000));
      dayHour.push({ period_start: date, hour, revenue: hourRevenue, transactions: hourTickets });
      revenue += hourRevenue;
      tickets += hourTickets;
    }
    day.push({ period: date, revenue, transactions: tickets });
  }
  const productDay: ProductDayRowInput[] = [];
  const product = [];
  for (let p = 0; p < options.products; p++) {
    const id = `SKU-${String(p).padStart(5, '0')}`;
    product.push({ product_id: id, description: `Producto ${p}` });
    let price = 500 + Math.round(rand() * 20_000);
    for (let i = 0; i < days; i++) {
      if (rand() >= options.density) continue;
      if (rand() < 0.002) price = Math.round(price * 1.05); // a lasting price change
      const slip = rand() < 0.001 ? 0.5 : 1; // a rare one-day slip
      productDay.push({
        product_id: id,
        period: dateOf(FIRST_DAY + i),
        avg_unit_price: Math.round(price * slip * 100) / 100,
        sale_lines: 1 + Math.floor(rand() * 5),
      });
    }
  }
  return {
    data_through: dateOf(FIRST_DAY + days - 1),
    levels: { day, day_hour: dayHour, product_day: productDay, product },
  };
}
