import { DAY_PART_OF_HOUR } from '../time/day-part';
import { type LocalClock, localDay, readLocalClock } from '../time/local-day';
import { FEATURE_LEVELS, type FeatureLevel, type FeatureLine } from '../types';
import { CustomerBucket } from './customer-bucket';
import { DayBucket } from './day-bucket';
import { DimensionBuckets } from './dimension-bucket';
import { LineAmounts } from './line-amounts';
import { ProductBucket } from './product-bucket';

/**
 * The single pass over the lines. Each line updates its day (and hour), product, customer,
 * category and location buckets; nothing keeps the line itself, so memory grows with distinct
 * days, products, customers and tickets, never with lines. Coarser levels come from these
 * buckets when the rows are built.
 */
export class FeatureAccumulator {
  readonly days = new Map<number, DayBucket>();
  readonly products = new Map<string, ProductBucket>();
  readonly customers = new Map<string, CustomerBucket>();
  readonly categories = new DimensionBuckets(false);
  readonly locations = new DimensionBuckets(true);
  lineCount = 0;
  firstSoldAt = Number.POSITIVE_INFINITY;
  lastSoldAt = Number.NEGATIVE_INFINITY;

  private readonly amounts = new LineAmounts();
  private readonly clock: LocalClock = { dayIndex: 0, hour: 0 };
  private lastDay: DayBucket | null = null;
  private readonly wantProducts: boolean;
  private readonly wantCustomers: boolean;
  private readonly wantCategories: boolean;
  private readonly wantLocations: boolean;

  constructor(readonly levels: ReadonlySet<FeatureLevel> = new Set(FEATURE_LEVELS)) {
    this.wantProducts = ['product_day', 'product_month', 'product'].some((l) =>
      levels.has(l as FeatureLevel),
    );
    // Period levels count customers, so customers are tracked whenever any level needs them.
    this.wantCustomers = true;
    this.wantCategories = levels.has('category_month');
    this.wantLocations = levels.has('location_month');
  }

  add(line: FeatureLine): void {
    const soldAt = line.soldAt;
    if (!Number.isFinite(soldAt)) return;
    this.lineCount++;
    if (soldAt < this.firstSoldAt) this.firstSoldAt = soldAt;
    if (soldAt > this.lastSoldAt) this.lastSoldAt = soldAt;
    const amounts = this.amounts.read(line);
    const { dayIndex, hour } = readLocalClock(soldAt, this.clock);
    let day = this.lastDay;
    if (day === null || day.dayIndex !== dayIndex) {
      day = this.days.get(dayIndex) ?? this.newDay(dayIndex);
      this.lastDay = day;
    }
    const transId = line.transId;
    day.add(amounts, hour, transId);

    if (this.wantProducts) {
      let product = this.products.get(line.productId);
      if (product === undefined) {
        product = new ProductBucket(line.productId);
        this.products.set(line.productId, product);
      }
      product.add(line, amounts, dayIndex);
    }

    const customerId = line.customerId === '' ? null : line.customerId;
    if (this.wantCustomers && customerId !== null) {
      let customer = this.customers.get(customerId);
      if (customer === undefined) {
        customer = new CustomerBucket(customerId);
        this.customers.set(customerId, customer);
      }
      const weekday = localDay(dayIndex).weekday;
      customer.add(
        amounts,
        dayIndex,
        hour,
        weekday,
        DAY_PART_OF_HOUR[hour] as number,
        transId,
        line.productId,
      );
    }

    if (this.wantCategories) {
      this.categories.add(line.category || null, day.monthIndex, amounts, transId, customerId);
    }
    if (this.wantLocations) {
      this.locations.add(line.location || null, day.monthIndex, amounts, transId, customerId);
    }
  }

  private newDay(dayIndex: number): DayBucket {
    const day = new DayBucket(dayIndex, localDay(dayIndex).monthIndex);
    this.days.set(dayIndex, day);
    return day;
  }
}
