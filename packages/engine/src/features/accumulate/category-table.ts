import { grownInt32 } from './growable';
import { Interner } from './interner';
import type { LineAmounts } from './line-amounts';
import { PairIndex } from './pair-index';
import { TotalsTable } from './totals-table';

/**
 * Categories (null = not given) by month: their sums. Categories count lines only: (category,
 * ticket) pairs grow like lines do.
 */
export class CategoryTable {
  readonly values = new Interner<string | null>();
  /** (category, month index) → cell, also the slot of `totals` */
  readonly months = new PairIndex();
  readonly totals = new TotalsTable();
  /** product → the category text of its last line and its id: a product keeps its category. */
  private readonly textOfProduct: (string | null | undefined)[] = [];
  private idOfProduct = new Int32Array(64);

  /** `product`: the line's interned product (−1: not interned), to skip hashing the text. */
  add(value: string | null, product: number, monthIndex: number, amounts: LineAmounts): void {
    let category: number;
    if (product >= 0 && this.textOfProduct[product] === value) category = this.idOfProduct[product] as number;
    else {
      category = this.values.idOf(value);
      if (product >= 0) {
        this.textOfProduct[product] = value;
        this.idOfProduct = grownInt32(this.idOfProduct, product + 1);
        this.idOfProduct[product] = category;
      }
    }
    let cell = this.months.find(category, monthIndex);
    if (cell < 0) {
      cell = this.months.insert(category, monthIndex);
      this.totals.newSlot();
    }
    this.totals.add(cell, amounts);
  }
}
