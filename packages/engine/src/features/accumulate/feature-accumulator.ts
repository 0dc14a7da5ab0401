import { DAY_PART_OF_HOUR } from '../time/day-part';
import { type LocalClock, localDay, readLocalClock } from '../time/local-day';
import { FEATURE_LEVELS, type FeatureLevel, type FeatureLine } from '../types';
import { CustomerBucket } from './customer-bucket';
import { DayBucket } from './day-bucket';
import { DimensionBuckets } from './dimension-bucket';
import { LineAmounts } from './line-amounts';
import { LocationBuckets } from './location-bucket';
import { ProductBucket } from './product-bucket';
import { TicketBook } from './ticket-book';
import { TotalsTable } from './totals-table';

/**
 * The single pass over the lines. Each line updates its day (and hour), ticket, product,
 * customer, category and location; nothing keeps the line itself, so memory grows with
 * distinct days, tickets, products and customers, never with lines. Coarser levels come from
 * these when the rows are built. The last day, product and customer are remembered: files
 * come grouped by ticket and time, so consecutive lines mostly share them.
 */
export class FeatureAccumulator {
  readonly days = new Map<number, DayBucket>();
  readonly tickets = new TicketBook();
  /** Sums of every product×day and customer×day, stored flat (see TotalsTable). */
  readonly productDays = new TotalsTable();
  readonly customerDays = new TotalsTable();
  readonly products = new Map<string, ProductBucket>();
  readonly customers = new Map<string, CustomerBucket>();
  readonly categories = new DimensionBuckets();
  readonly locations = new LocationBuckets();
  lineCount = 0;
  firstSoldAt = Number.POSITIVE_INFINITY;
  lastSoldAt = Number.NEGATIVE_INFINITY;

  private readonly amounts = new LineAmounts();
  private readonly clock: LocalClock = { dayIndex: 0, hour: 0 };
  private lastDay: DayBucket | null = null;
  private lastProduct: ProductBucket | null = null;
  private lastCustomer: CustomerBucket | null = null;
  private readonly wantProducts: boolean;
  private readonly wantCustomerRows: boolean;
  private readonly wantCategories: boolean;
  private readonly wantLocations: boolean;

  constructor(readonly levels: ReadonlySet<FeatureLevel> = new Set(FEATURE_LEVELS)) {
    this.wantProducts = levels.has('product_day') || levels.has('product_month') || levels.has('product');
    this.wantCustomerRows =
      levels.has('customer_day') || levels.has('customer_month') || levels.has('customer');
    this.wantCategories = levels.has('category_month');
    this.wantLocations =
      levels.has('location_day') ||
      levels.has('location_week') ||
      levels.has('location_month') ||
      levels.has('location_quarter') ||
      levels.has('location_year');
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
    day.add(amounts, hour);
    this.tickets.add(transId, dayIndex, hour, amounts.sign);
    if (this.wantProducts) this.product(line.productId).add(line, amounts, dayIndex, this.productDays);

    // Every period level counts customers, so customers are always followed; their sums,
    // tickets and habits only when a customer level is asked for.
    const customerId = line.customerId === '' ? null : line.customerId;
    if (customerId !== null) {
      const customer = this.customer(customerId);
      if (this.wantCustomerRows) {
        const dayPart = DAY_PART_OF_HOUR[hour] as number;
        customer.add(
          amounts,
          this.customerDays,
          dayIndex,
          hour,
          day.weekday,
          dayPart,
          transId,
          line.productId,
        );
      } else if (amounts.sign > 0) customer.addSale(dayIndex, hour);
    }
    if (this.wantCategories) {
      this.categories.add(line.category || null, day.monthIndex, amounts);
    }
    if (this.wantLocations) {
      this.locations.add(line.location || null, dayIndex, amounts, transId, customerId);
    }
  }

  private newDay(dayIndex: number): DayBucket {
    const local = localDay(dayIndex);
    const day = new DayBucket(dayIndex, local.monthIndex, local.weekday);
    this.days.set(dayIndex, day);
    return day;
  }

  private product(productId: string): ProductBucket {
    let product = this.lastProduct;
    if (product !== null && product.productId === productId) return product;
    product = this.products.get(productId) ?? null;
    if (product === null) {
      product = new ProductBucket(productId);
      this.products.set(productId, product);
    }
    this.lastProduct = product;
    return product;
  }

  private customer(customerId: string): CustomerBucket {
    let customer = this.lastCustomer;
    if (customer !== null && customer.customerId === customerId) return customer;
    customer = this.customers.get(customerId) ?? null;
    if (customer === null) {
      customer = new CustomerBucket(customerId);
      this.customers.set(customerId, customer);
    }
    this.lastCustomer = customer;
    return customer;
  }
}
