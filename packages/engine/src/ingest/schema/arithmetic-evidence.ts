import { DECIMAL_MARKS, type DecimalMark, readAs } from './decimal-readings';

export type ArithmeticRole = 'quantity' | 'priceUnit' | 'priceTotal' | 'costUnit' | 'costTotal';
const ROLES: readonly ArithmeticRole[] = ['quantity', 'priceUnit', 'priceTotal', 'costUnit', 'costTotal'];

/** A cell's value under each decimal mark (NaN: unreadable) and the unit of its last digit. */
export interface DecimalReadings {
  point: number;
  comma: number;
  pointUnit: number;
  commaUnit: number;
  /** The cell holds a '%'. */
  percentSign: boolean;
}

/** Column index of each role present in the file; the discount is read like the total. */
export type ArithmeticColumns = Partial<Record<ArithmeticRole | 'discount', number>>;

export interface ArithmeticDecision {
  marks: Partial<Record<ArithmeticRole, DecimalMark>>;
  /** Relations that held (a row can hold two: sales and cost). */
  agreements: number;
}

/**
 * quantity × price ≈ total within 1%, or within one unit of the total's last written digit (a
 * POS rounds each line to the peso). The unit follows the reading: '4.500' is 4500 ± 1 under a
 * decimal comma but 4.5 ± 0.001 under a decimal point, so a reading that shrinks the amounts
 * gains no slack from it.
 */
function near(computed: number, written: number, lastDigitUnit: number): boolean {
  return Math.abs(computed - written) <= Math.max(lastDigitUnit, Math.abs(written) * 0.01);
}

/** 10^-(digits after the decimal mark) of a cell read with `mark` as the decimal separator. */
export function lastDigitUnit(text: string, mark: DecimalMark): number {
  const at = text.lastIndexOf(mark);
  if (at < 0) return 1;
  let digits = 0;
  for (let i = at + 1; i < text.length; i++)
    if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  return 10 ** -digits;
}

/**
 * Cross-column evidence for numbers one column cannot settle: '1.088' kg beside '4,454' CLP.
 * For every combination of decimal marks over the quantity, price and cost columns it counts
 * the rows where quantity × unit price ≈ total (or total + discount) and quantity × unit cost
 * ≈ cost total. O(2^roles) counters, whatever the file size.
 */
export class ArithmeticEvidence {
  private readonly roles: ArithmeticRole[];
  private readonly agreeing: Uint32Array;
  /** Per role and mark (role * 2 + mark index) the current row's value, NaN when unreadable. */
  private readonly values: Float64Array;
  /** Same layout: the unit of the last written digit under that mark. */
  private readonly units: Float64Array;
  /** The current row's discount under each mark (same order as DECIMAL_MARKS). */
  private readonly discounts = new Float64Array(2);
  /** Index in `roles` of quantity, priceUnit, priceTotal, costUnit, costTotal (-1: absent). */
  private readonly positions: [number, number, number, number, number];
  private readonly checksSales: boolean;
  private readonly checksCost: boolean;

  constructor(private readonly columns: ArithmeticColumns) {
    const has = (role: ArithmeticRole) => columns[role] !== undefined;
    this.checksSales = has('quantity') && has('priceUnit') && has('priceTotal');
    this.checksCost = has('quantity') && has('costUnit') && has('costTotal');
    // Only roles in a relation that can be checked: the others get no say from arithmetic.
    const involved = new Set<ArithmeticRole>();
    if (this.checksSales)
      for (const role of ['quantity', 'priceUnit', 'priceTotal'] as const) involved.add(role);
    if (this.checksCost)
      for (const role of ['quantity', 'costUnit', 'costTotal'] as const) involved.add(role);
    this.roles = ROLES.filter((role) => involved.has(role));
    this.agreeing = new Uint32Array(1 << this.roles.length);
    this.values = new Float64Array(this.roles.length * 2);
    this.units = new Float64Array(this.roles.length * 2);
    const [quantity, priceUnit, priceTotal, costUnit, costTotal] = ROLES.map((role) =>
      this.roles.indexOf(role),
    );
    this.positions = [quantity ?? -1, priceUnit ?? -1, priceTotal ?? -1, costUnit ?? -1, costTotal ?? -1];
  }

  /** The column index of each role this evidence reads (same order as its value slots). */
  get roleColumns(): number[] {
    return this.roles.map((role) => this.columns[role] as number);
  }

  /** Rows that added up so far, by combination of marks (for tests and diagnostics). */
  get agreements(): readonly number[] {
    return [...this.agreeing];
  }

  /** True when no relation can be checked: rows need not be handed over at all. */
  get idle(): boolean {
    return !this.checksSales && !this.checksCost;
  }

  add(cells: readonly string[]): void {
    if (!this.checksSales && !this.checksCost) return;
    for (let index = 0; index < this.roles.length; index++) {
      const text = cells[this.columns[this.roles[index] as ArithmeticRole] as number] ?? '';
      for (let markIndex = 0; markIndex < 2; markIndex++) {
        const mark = DECIMAL_MARKS[markIndex] as DecimalMark;
        this.values[index * 2 + markIndex] = readAs(text, mark) ?? Number.NaN;
        this.units[index * 2 + markIndex] = lastDigitUnit(text, mark);
      }
    }
    const discountCell = this.columns.discount === undefined ? '' : (cells[this.columns.discount] ?? '');
    // A percentage ('10%') is not an amount to subtract.
    const hasDiscount = discountCell.trim() !== '' && !discountCell.includes('%');
    this.discounts[0] = hasDiscount ? (readAs(discountCell, '.') ?? 0) : 0;
    this.discounts[1] = hasDiscount ? (readAs(discountCell, ',') ?? 0) : 0;
    this.tally();
  }

  /**
   * Same as add(), from readings already taken: `readings[i]` are the decimal readings of role
   * column `roleColumns[i]` (null when the cell is blank or missing), `discount` those of the
   * discount cell.
   */
  addReadings(readings: readonly (DecimalReadings | null)[], discount: DecimalReadings | null): void {
    if (!this.checksSales && !this.checksCost) return;
    const { values, units } = this;
    for (let index = 0; index < this.roles.length; index++) {
      const reading = readings[index];
      if (reading === null || reading === undefined) {
        // readAs('') is null, and a blank cell has no decimal mark.
        values[index * 2] = Number.NaN;
        values[index * 2 + 1] = Number.NaN;
        units[index * 2] = 1;
        units[index * 2 + 1] = 1;
      } else {
        values[index * 2] = reading.point;
        values[index * 2 + 1] = reading.comma;
        units[index * 2] = reading.pointUnit;
        units[index * 2 + 1] = reading.commaUnit;
      }
    }
    const hasDiscount = discount !== null && !discount.percentSign;
    this.discounts[0] = hasDiscount && !Number.isNaN(discount.point) ? discount.point : 0;
    this.discounts[1] = hasDiscount && !Number.isNaN(discount.comma) ? discount.comma : 0;
    this.tally();
  }

  /** Counts, for every combination of marks, whether the current row's amounts add up. */
  private tally(): void {
    const { values, units, discounts } = this;
    const [quantity, priceUnit, priceTotal, costUnit, costTotal] = this.positions;
    for (let combination = 0; combination < this.agreeing.length; combination++) {
      // A role's value sits at slot role * 2 + (its mark under this combination).
      const q = values[quantity * 2 + ((combination >> quantity) & 1)] as number;
      let agrees = 0;
      if (this.checksSales) {
        const totalSlot = priceTotal * 2 + ((combination >> priceTotal) & 1);
        const total = values[totalSlot] as number;
        const unit = units[totalSlot] as number;
        const expected = q * (values[priceUnit * 2 + ((combination >> priceUnit) & 1)] as number);
        const discount = discounts[(combination >> priceTotal) & 1] as number;
        if (near(expected, total, unit) || near(expected - discount, total, unit)) agrees++;
      }
      if (this.checksCost) {
        const costSlot = costTotal * 2 + ((combination >> costTotal) & 1);
        const expected = q * (values[costUnit * 2 + ((combination >> costUnit) & 1)] as number);
        if (near(expected, values[costSlot] as number, units[costSlot] as number)) agrees++;
      }
      this.agreeing[combination] = (this.agreeing[combination] ?? 0) + agrees;
    }
  }

  /**
   * The marks that make the most rows add up, among the marks each role's values allow. Ties go
   * to the combination using one mark throughout (a file has one convention), then to
   * `preferred`. Null when no row could be checked.
   */
  decide(allowed: Partial<Record<ArithmeticRole, readonly DecimalMark[]>>, preferred: DecimalMark) {
    let best: { combination: number; key: number[] } | null = null;
    for (let combination = 0; combination < this.agreeing.length; combination++) {
      const marks = this.roles.map((role) => this.markOf(role, combination));
      const permitted = this.roles.every((role, index) => {
        const options = allowed[role];
        return !options || options.length === 0 || options.includes(marks[index] as DecimalMark);
      });
      if (!permitted) continue;
      const points = marks.filter((mark) => mark === '.').length;
      const key = [
        this.agreeing[combination] ?? 0,
        Math.max(points, marks.length - points),
        marks.filter((mark) => mark === preferred).length,
      ];
      if (!best || isGreater(key, best.key)) best = { combination, key };
    }
    if (!best || best.key[0] === 0) return null;
    const combination = best.combination;
    const decision: ArithmeticDecision = { marks: {}, agreements: best.key[0] ?? 0 };
    for (const role of this.roles) decision.marks[role] = this.markOf(role, combination);
    return decision;
  }

  private markOf(role: ArithmeticRole, combination: number): DecimalMark {
    const index = this.roles.indexOf(role);
    return DECIMAL_MARKS[(combination >> index) & 1] as DecimalMark;
  }
}

function isGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}
