/** Amounts of one line as the file wrote them (null = column absent or cell empty). */
export interface WrittenAmounts {
  quantity: number;
  priceTotal: number | null;
  priceUnit: number | null;
  costUnit: number | null;
  costTotal: number | null;
  discountTotal: number | null;
  margin: number | null;
  /** The seller's commission on the line ("Total comisión"). */
  commission: number | null;
}

/**
 * Amounts as stored: returns negative (quantity, totals, cost, discount, margin, commission: a
 * return takes its commission back), unit prices never.
 */
export interface StoredAmounts {
  quantity: number;
  priceTotal: number;
  priceUnit: number;
  costUnit: number | null;
  costTotal: number | null;
  discountTotal: number | null;
  margin: number | null;
  commission: number | null;
}

export const roundMoney = (value: number): number => Math.round(value * 100) / 100 + 0;
export const roundQuantity = (value: number): number => Math.round(value * 1000) / 1000 + 0;

/** A gap this small between unit price × quantity and the total is rounding, not a discount. */
const ROUNDING_GAP = 1;

const magnitude = (value: number | null): number | null => (value === null ? null : Math.abs(value));

/**
 * Fills what the file left out and applies the return sign. Works in "sale space" (all
 * magnitudes positive) so a credit note written with positive numbers and one written with
 * negative numbers end up identical, never double-negated:
 *   total = unit price × quantity − discount (when only the unit price is given);
 *   unit price = total / quantity (0 when the quantity is 0: there is nothing to divide);
 *   cost total = cost unit × quantity, cost unit = cost total / quantity;
 *   discount = max(0, unit price × quantity − total), only when the file gives a unit price
 *     (an inferred unit price says nothing about discounts);
 *   margin = total − cost total when the cost is known and the file has no margin.
 * `priceTotal` must be known or derivable (the caller rejects the line otherwise).
 */
export function settleAmounts(written: WrittenAmounts, isReturn: boolean): StoredAmounts {
  const writtenNegative = written.quantity < 0 || (written.priceTotal ?? 0) < 0;
  const quantity = Math.abs(written.quantity);
  const priceUnitGiven = magnitude(written.priceUnit);
  let discount = magnitude(written.discountTotal);
  const total =
    magnitude(written.priceTotal) ?? Math.max(0, (priceUnitGiven ?? 0) * quantity - (discount ?? 0));
  const priceUnit = priceUnitGiven ?? (quantity === 0 ? 0 : total / quantity);
  let costUnit = magnitude(written.costUnit);
  let costTotal = magnitude(written.costTotal);
  if (costTotal === null && costUnit !== null) costTotal = costUnit * quantity;
  if (costUnit === null && costTotal !== null && quantity !== 0) costUnit = costTotal / quantity;
  if (discount === null && priceUnitGiven !== null) {
    const gap = priceUnitGiven * quantity - total;
    discount = gap > ROUNDING_GAP ? gap : 0;
  }
  // A margin written on a line whose amounts are negative is already in return space.
  let margin = written.margin === null ? null : writtenNegative ? -written.margin : written.margin;
  if (margin === null && costTotal !== null) margin = total - costTotal;

  const sign = isReturn ? -1 : 1;
  return {
    quantity: roundQuantity(sign * quantity),
    priceTotal: roundMoney(sign * total),
    priceUnit: roundMoney(priceUnit),
    costUnit: costUnit === null ? null : roundMoney(costUnit),
    costTotal: signedMoney(sign, costTotal),
    discountTotal: signedMoney(sign, discount),
    margin: signedMoney(sign, margin),
    commission: signedMoney(sign, magnitude(written.commission)),
  };
}

function signedMoney(sign: number, value: number | null): number | null {
  return value === null ? null : roundMoney(sign * value);
}
