import { type LocalClock, localDay, readLocalClock } from '../time/local-day';
import { FEATURE_LEVELS, type FeatureLevel, type FeatureLine } from '../types';
import { CategoryTable } from './category-table';
import { CustomerTable } from './customer-table';
import { DayBucket } from './day-bucket';
import { Interner } from './interner';
import { LineAmounts } from './line-amounts';
import { LocationTable } from './location-table';
import { ProductTable } from './product-table';
import { TicketBook } from './ticket-book';

/**
 * The single pass over the lines. Each line updates its day (and hour), ticket, product,
 * customer, category and location; nothing keeps the line itself, so memory grows with
 * distinct days, tickets, products and customers (and their days), never with lines. Coarser
 * levels come from these when the rows are built.
 *
 * Ids are interned as small integers and every per-entity state lives in typed arrays indexed
 * by them (product×day and customer×day cells, ticket-days): the garbage collector sees a few
 * hundred arrays, not a million objects, and a line costs a handful of array updates.
 */
export class FeatureAccumulator {
  readonly days = new Map<number, DayBucket>();
  /** The same days by id (order of first appearance). */
  readonly dayList: DayBucket[] = [];
  readonly tickets: TicketBook;
  /** Product ids: for the product levels, and for customers' favorite product. */
  readonly productIds = new Interner<string>();
  readonly products = new ProductTable();
  /** Every customer id with a line (customers are always followed: every period counts them). */
  readonly customerIds = new Interner<string>();
  readonly customers: CustomerTable;
  readonly categories = new CategoryTable();
  readonly locations = new LocationTable();
  lineCount = 0;
  firstSoldAt = Number.POSITIVE_INFINITY;
  lastSoldAt = Number.NEGATIVE_INFINITY;

  private readonly amounts = new LineAmounts();
  private readonly clock: LocalClock = { dayIndex: 0, hour: 0 };
  /** The instant `clock` was read for. */
  private clockAt = Number.NaN;
  private lastDay: DayBucket | null = null;
  readonly wantProducts: boolean;
  readonly wantCustomerRows: boolean;
  private readonly wantProductIds: boolean;
  private readonly wantCategories: boolean;
  private readonly wantLocations: boolean;

  constructor(
    readonly levels: ReadonlySet<FeatureLevel> = new Set(FEATURE_LEVELS),
    /** Past this many lines, product × day cells are folded into months (`FeatureOptions`). */
    private readonly productDaysUpTo = Number.POSITIVE_INFINITY,
    /** Each ticket's lines come one after another (`FeatureOptions.contiguousTickets`). */
    contiguousTickets: boolean | 'checked-by-caller' = false,
    /** Ticket-days a contiguous ticket book holds before it folds (small in tests). */
    foldTicketsEvery?: number,
    /** Closed tickets a contiguous book reopens when they come back (small in tests). */
    recentTickets?: number,
  ) {
    this.tickets = new TicketBook(
      contiguousTickets !== false,
      foldTicketsEvery,
      contiguousTickets !== 'checked-by-caller',
      recentTickets,
    );
    // The tables flag ticket-days with their customers and branches: they follow the folds.
    this.tickets.onFold = (moved, size, kept) => {
      this.customers.tickets.renumber(moved, size, kept);
      this.locations.tickets.renumber(moved, size, kept);
    };
    this.wantProducts = levels.has('product_day') || levels.has('product_month') || levels.has('product');
    this.wantCustomerRows =
      levels.has('customer_day') || levels.has('customer_month') || levels.has('customer');
    // The profile alone needs lifetime sums, not a customer × day table of them.
    this.customers = new CustomerTable(levels.has('customer_day') || levels.has('customer_month'));
    this.wantProductIds = this.wantProducts || this.wantCustomerRows;
    this.wantCategories = levels.has('category_month');
    this.wantLocations =
      levels.has('location_day') ||
      levels.has('location_week') ||
      levels.has('location_month') ||
      levels.has('location_quarter') ||
      levels.has('location_year');
  }

  /**
   * Adds one line; returns its ticket (`TicketBook.ticketOf`: the transId's number, for the
   * insights' baskets), or −1 for a line that makes no ticket (a free line).
   */
  add(line: FeatureLine): number {
    const soldAt = line.soldAt;
    if (!Number.isFinite(soldAt)) return -1;
    this.lineCount++;
    if (soldAt < this.firstSoldAt) this.firstSoldAt = soldAt;
    if (soldAt > this.lastSoldAt) this.lastSoldAt = soldAt;
    const amounts = this.amounts.read(line);
    // The lines of a ticket share their instant: its local day and hour are read once.
    if (soldAt !== this.clockAt) {
      readLocalClock(soldAt, this.clock);
      this.clockAt = soldAt;
    }
    const { dayIndex, hour } = this.clock;
    let day = this.lastDay;
    if (day === null || day.dayIndex !== dayIndex) {
      day = this.days.get(dayIndex) ?? this.newDay(dayIndex);
      this.lastDay = day;
    }
    day.add(amounts, hour);
    const ticketDay = this.tickets.add(line.transId, dayIndex, hour, amounts.sign);
    const product = this.wantProductIds ? this.productIds.idOf(line.productId) : -1;
    if (this.wantProducts) {
      if (this.lineCount > this.productDaysUpTo && this.products.folded === null)
        this.products.foldDays(this.dayList);
      this.products.add(product, line, amounts, day);
    }

    // Every period level counts customers, so customers are always followed; their sums,
    // tickets and habits only when a customer level is asked for.
    const customerId = line.customerId === '' ? null : line.customerId;
    let customerDay = -1;
    if (customerId !== null) {
      const customer = this.customerIds.idOf(customerId);
      if (this.wantCustomerRows) {
        customerDay = this.customers.add(customer, amounts, day.id, hour, day.weekday, ticketDay, product);
      } else if (amounts.sign > 0) customerDay = this.customers.addSale(customer, day.id, hour);
    }
    if (this.wantCategories) this.categories.add(line.category || null, product, day.monthIndex, amounts);
    if (this.wantLocations) {
      this.locations.add(
        line.location || null,
        day.id,
        amounts,
        ticketDay,
        amounts.sign > 0 ? customerDay : -1,
      );
    }
    return ticketDay < 0 ? -1 : (this.tickets.ticketOf[ticketDay] as number);
  }

  /**
   * False when lines promised contiguous tickets (`contiguousTickets`) and a ticket came back
   * after another one: the ticket counts are wrong, and the lines must be added again to an
   * accumulator without the promise.
   */
  get ticketsExact(): boolean {
    return this.tickets.contiguityHeld;
  }

  private newDay(dayIndex: number): DayBucket {
    const local = localDay(dayIndex);
    const day = new DayBucket(this.dayList.length, dayIndex, local.monthIndex, local.weekday, local.day);
    this.days.set(dayIndex, day);
    this.dayList.push(day);
    return day;
  }
}
