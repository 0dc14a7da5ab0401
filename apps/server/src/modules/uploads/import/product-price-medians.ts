import type { CanonicalLine } from '@ayni/engine';
import { storedNumeric, storedText } from './stored-values';

/** Lines a product needs in the file before its median price means anything. */
export const MIN_LINES_FOR_MEDIAN = 5;
/**
 * Products plus their second, third… distinct unit prices kept at most: ~13 MB at worst
 * (~200 bytes a product with its id, less a price). A file with more (prices derived from
 * weighed totals, a huge catalog) stops counting and leaves the medians to PostgreSQL.
 */
export const MAX_PRICE_ENTRIES = 100_000;

export interface ProductMedian {
  /** As stored in `upload_stage.product_id`. */
  productId: string;
  /** Exactly the double `percentile_cont(0.5)` gives. */
  median: number;
}

interface ProductPrices {
  /**
   * Lines per stored unit price, among the lines the median is taken over: the first price
   * inline (most products have one price; a Map each would double the memory), then a Map.
   */
  firstPrice: number;
  firstCount: number;
  others: Map<number, number> | null;
  lines: number;
  /** Extremes over every line a price outlier may be flagged on (zero quantity included). */
  min: number;
  max: number;
}

/**
 * The median unit price of every product in the file, tallied as the lines are staged so the
 * file-wide warnings need not sort every staged line in PostgreSQL. It equals
 *
 *   percentile_cont(0.5) within group (order by price_unit) ... where not is_return
 *   and quantity <> 0 and price_unit > 0 group by product_id collate "C" having count(*) >= 5
 *
 * because it is taken over the values PostgreSQL stores (`stored-values.ts`; numeric to double
 * is the correctly rounded conversion on both sides), products are compared as stored strings
 * (bytewise, as `collate "C"`), and the even case is interpolated with percentile_cont's own
 * double arithmetic. Memory is a count per distinct (product, price), never per line.
 */
export class ProductPriceMedians {
  private readonly products = new Map<string, ProductPrices>();
  private entries = 0;
  /** False once the file had too many distinct prices: use PostgreSQL's percentile_cont. */
  available = true;

  add(line: CanonicalLine): void {
    if (line.isReturn || !this.available) return;
    const price = storedNumeric(line.priceUnit, 2) as number;
    if (!(price > 0)) return;
    const product = storedText(line.productId) as string;
    let prices = this.products.get(product);
    if (prices === undefined) {
      if (!this.counted()) return;
      prices = { firstPrice: Number.NaN, firstCount: 0, others: null, lines: 0, min: price, max: price };
      this.products.set(product, prices);
    } else if (price < prices.min) prices.min = price;
    else if (price > prices.max) prices.max = price;
    if (storedNumeric(line.quantity, 3) === 0) return;
    prices.lines++;
    if (price === prices.firstPrice) prices.firstCount++;
    else if (prices.firstCount === 0) {
      prices.firstPrice = price;
      prices.firstCount = 1;
    } else {
      prices.others ??= new Map();
      const count = prices.others.get(price);
      if (count !== undefined) prices.others.set(price, count + 1);
      else if (this.counted()) prices.others.set(price, 1);
    }
  }

  /** Counts one more entry; false (and everything dropped) once there are too many. */
  private counted(): boolean {
    if (++this.entries <= MAX_PRICE_ENTRIES) return true;
    this.available = false;
    this.products.clear();
    return false;
  }

  /**
   * Every product with enough lines and its median; with `outliersOnly`, only those with a
   * line priced over 3× or under ⅓ of it (the only ones a PRICE_OUTLIER join can match).
   */
  medians(options: { outliersOnly?: boolean } = {}): ProductMedian[] {
    if (!this.available) throw new Error('too many distinct prices: no medians in memory');
    const out: ProductMedian[] = [];
    for (const [productId, prices] of this.products) {
      if (prices.lines < MIN_LINES_FOR_MEDIAN) continue;
      const counts = new Map(prices.others);
      counts.set(prices.firstPrice, prices.firstCount);
      const median = medianOf(counts, prices.lines);
      // The warning's own comparisons, in the same double arithmetic as its SQL.
      if (options.outliersOnly && !(prices.max > 3 * median || prices.min < median / 3)) continue;
      out.push({ productId, median });
    }
    return out;
  }
}

/**
 * percentile_cont(0.5) over `lines` values given as counts per value: the value at row
 * floor((n − 1)/2) of the sorted values, or for an even n PostgreSQL's interpolation
 * `lo + 0.5 × (hi − lo)` with the next row (not (lo + hi)/2, which can round differently).
 */
function medianOf(counts: Map<number, number>, lines: number): number {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const lowRow = Math.floor((lines - 1) / 2);
  const highRow = Math.ceil((lines - 1) / 2);
  let low = Number.NaN;
  let seen = 0;
  for (const value of values) {
    seen += counts.get(value) as number;
    if (Number.isNaN(low) && seen > lowRow) low = value;
    if (seen > highRow) return low === value ? value : low + 0.5 * (value - low);
  }
  throw new Error('counts do not add up to lines');
}
