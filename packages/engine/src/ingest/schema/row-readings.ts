import type { DecimalReadings } from './arithmetic-evidence';

const ABSENT = 0;
const PRESENT = 1;
const PERCENT = 2;

/**
 * The decimal readings of a batch's amount cells, row by row and slot by slot (a slot is one
 * column the arithmetic reads). A column's facts are valid only until its next cell, so a batch
 * profiled column by column copies them here, and the rows' arithmetic runs once every column
 * has taken the batch.
 */
export class RowReadings {
  private point = new Float64Array(0);
  private comma = new Float64Array(0);
  private pointUnit = new Float64Array(0);
  private commaUnit = new Float64Array(0);
  private flags = new Uint8Array(0);
  /** One reusable reading per slot, handed out by `get`. */
  private readonly views: DecimalReadings[];

  constructor(readonly slots: number) {
    this.views = Array.from({ length: slots }, () => ({
      point: Number.NaN,
      comma: Number.NaN,
      pointUnit: 1,
      commaUnit: 1,
      percentSign: false,
    }));
  }

  /** Room for `rows` rows, every slot absent. */
  reset(rows: number): void {
    const size = rows * this.slots;
    if (this.flags.length < size) {
      this.point = new Float64Array(size);
      this.comma = new Float64Array(size);
      this.pointUnit = new Float64Array(size);
      this.commaUnit = new Float64Array(size);
      this.flags = new Uint8Array(size);
    } else this.flags.fill(ABSENT, 0, size);
  }

  /** `reading`: the cell's facts, or null for a blank or missing cell. */
  set(row: number, slot: number, reading: DecimalReadings | null): void {
    const at = row * this.slots + slot;
    if (reading === null) {
      this.flags[at] = ABSENT;
      return;
    }
    this.point[at] = reading.point;
    this.comma[at] = reading.comma;
    this.pointUnit[at] = reading.pointUnit;
    this.commaUnit[at] = reading.commaUnit;
    this.flags[at] = reading.percentSign ? PERCENT : PRESENT;
  }

  /** The reading of `row`'s `slot` (reused for that slot by the next call), or null. */
  get(row: number, slot: number): DecimalReadings | null {
    const at = row * this.slots + slot;
    const flag = this.flags[at] as number;
    if (flag === ABSENT) return null;
    const view = this.views[slot] as DecimalReadings;
    view.point = this.point[at] as number;
    view.comma = this.comma[at] as number;
    view.pointUnit = this.pointUnit[at] as number;
    view.commaUnit = this.commaUnit[at] as number;
    view.percentSign = flag === PERCENT;
    return view;
  }
}
