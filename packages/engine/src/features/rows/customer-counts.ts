import type { CustomerBucket } from '../accumulate/customer-bucket';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS, PERIOD_LEVELS, type PeriodLevel } from '../time/periods';

/**
 * Distinct customers (with a sale line) per period and how many of them bought for the first
 * time in it, at every calendar level. Walks each customer's days once, in order, so a
 * customer counts once per period however many days they came back.
 */
export interface CustomerCounts {
  customers: Record<PeriodLevel, Map<number, number>>;
  newCustomers: Record<PeriodLevel, Map<number, number>>;
  /** Customers of the period who also bought in the period before it. */
  retained: Record<PeriodLevel, Map<number, number>>;
  /** day index → customers per local hour 0-23 */
  customersByHour: Map<number, number[]>;
  newCustomersByHour: Map<number, number[]>;
}

const perLevel = () =>
  Object.fromEntries(PERIOD_LEVELS.map((level) => [level, new Map<number, number>()])) as Record<
    PeriodLevel,
    Map<number, number>
  >;

const increment = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);

function hourRow(map: Map<number, number[]>, dayIndex: number): number[] {
  let row = map.get(dayIndex);
  if (row === undefined) {
    row = new Array<number>(24).fill(0);
    map.set(dayIndex, row);
  }
  return row;
}

export function countCustomers(customers: Iterable<CustomerBucket>): CustomerCounts {
  const counts: CustomerCounts = {
    customers: perLevel(),
    newCustomers: perLevel(),
    retained: perLevel(),
    customersByHour: new Map(),
    newCustomersByHour: new Map(),
  };
  const last = {
    day: Number.NaN,
    week: Number.NaN,
    month: Number.NaN,
    quarter: Number.NaN,
    year: Number.NaN,
  };
  for (const customer of customers) {
    const saleDays: number[] = [];
    for (const [dayIndex, day] of customer.days) if (day.hourMask !== 0) saleDays.push(dayIndex); // sale lines set hour bits
    if (saleDays.length === 0) continue;
    saleDays.sort((a, b) => a - b);
    for (const level of PERIOD_LEVELS) last[level] = Number.NaN;
    for (const dayIndex of saleDays) {
      const day = localDay(dayIndex);
      for (const level of PERIOD_LEVELS) {
        const index = PERIOD_CALENDARS[level].indexOf(day);
        if (index === last[level]) continue;
        if (PERIOD_CALENDARS[level].previous(index) === last[level]) increment(counts.retained[level], index);
        last[level] = index;
        increment(counts.customers[level], index);
      }
      const hours = hourRow(counts.customersByHour, dayIndex);
      const mask = customer.days.get(dayIndex)?.hourMask ?? 0;
      for (let rest = mask, hour = 0; rest !== 0; rest >>>= 1, hour++)
        if (rest & 1) hours[hour] = (hours[hour] ?? 0) + 1;
    }
    const first = localDay(saleDays[0] as number);
    for (const level of PERIOD_LEVELS)
      increment(counts.newCustomers[level], PERIOD_CALENDARS[level].indexOf(first));
    const firstMask = customer.days.get(first.dayIndex)?.hourMask ?? 0;
    const firstHour = 31 - Math.clz32(firstMask & -firstMask);
    const newHours = hourRow(counts.newCustomersByHour, first.dayIndex);
    newHours[firstHour] = (newHours[firstHour] ?? 0) + 1;
  }
  return counts;
}
