import { DECIMAL_MARKS, type DecimalMark, readAs } from './decimal-readings';

export type ArithmeticRole = 'quantity' | 'priceUnit' | 'priceTotal' | 'costUnit' | 'costTotal';
const ROLES: readonly ArithmeticRole[] = ['quantity', 'priceUnit', 'priceTotal', 'costUnit', 'costTotal'];

/** Column index of each role present in the file; the discount is read like the total. */
export type ArithmeticColumns = Partial<Record<ArithmeticRole | 'discount', number>>;

export interface ArithmeticDecision {
  marks: Partial<Record<ArithmeticRole, DecimalMark>>;
  agreeingRows: number;
}

/** quantity × price ≈ total within 1% or 1 peso (POS round each line to the peso). */
function near(computed: number, written: number): boolean {
  return Math.abs(computed - written) <= Math.max(1, Math.abs(written) * 0.01);
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
  private readonly checksSales: boolean;
  private readonly checksCost: boolean;

  constructor(private readonly columns: ArithmeticColumns) {
    this.roles = ROLES.filter((role) => columns[role] !== undefined);
    this.agreeing = new Uint32Array(1 << this.roles.length);
    this.values = new Float64Array(this.roles.length * 2);
    const has = (role: ArithmeticRole) => columns[role] !== undefined;
    this.checksSales = has('quantity') && has('priceUnit') && has('priceTotal');
    this.checksCost = has('quantity') && has('costUnit') && has('costTotal');
  }

  add(cells: readonly string[]): void {
    if (!this.checksSales && !this.checksCost) return;
    this.roles.forEach((role, index) => {
      const text = cells[this.columns[role] as number] ?? '';
      DECIMAL_MARKS.forEach((mark, markIndex) => {
        this.values[index * 2 + markIndex] = readAs(text, mark) ?? Number.NaN;
      });
    });
    const discountText = this.columns.discount === undefined ? '' : (cells[this.columns.discount] ?? '');
    for (let combination = 0; combination < this.agreeing.length; combination++) {
      let agrees = 0;
      if (this.checksSales) {
        const total = this.value('priceTotal', combination);
        const expected = this.value('quantity', combination) * this.value('priceUnit', combination);
        const totalMark = this.markOf('priceTotal', combination);
        const discount = discountText.trim() === '' ? 0 : (readAs(discountText, totalMark) ?? 0);
        if (near(expected, total) || near(expected - discount, total)) agrees++;
      }
      if (this.checksCost) {
        const expected = this.value('quantity', combination) * this.value('costUnit', combination);
        if (near(expected, this.value('costTotal', combination))) agrees++;
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
    const decision: ArithmeticDecision = { marks: {}, agreeingRows: best.key[0] ?? 0 };
    for (const role of this.roles) decision.marks[role] = this.markOf(role, combination);
    return decision;
  }

  private markOf(role: ArithmeticRole, combination: number): DecimalMark {
    const index = this.roles.indexOf(role);
    return DECIMAL_MARKS[(combination >> index) & 1] as DecimalMark;
  }

  private value(role: ArithmeticRole, combination: number): number {
    const index = this.roles.indexOf(role);
    return this.values[index * 2 + ((combination >> index) & 1)] ?? Number.NaN;
  }
}

function isGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}
