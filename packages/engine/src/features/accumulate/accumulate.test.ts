import { describe, expect, it } from 'vitest';
import { saleLine } from '../lines.testkit';
import { tallyTickets } from '../rows/ticket-tally';
import { localDayIndexOf, parseDate } from '../time/local-day';
import { DistinctStrings } from './distinct-strings';
import { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';
import { TicketBook } from './ticket-book';
import { TotalsTable } from './totals-table';

const amountsOf = (priceTotal: number, quantity = 1, more = {}) =>
  new LineAmounts().read(saleLine('2025-01-01T12:00-03:00', 'T', 'P', quantity, priceTotal, more));

describe('LineAmounts', () => {
  it('reads money in cents and quantities in thousandths, exactly', () => {
    expect(amountsOf(1234.56, 0.345)).toMatchObject({ revenue: 123456, units: 345, sign: 1 });
    expect(amountsOf(-0.1, -1.001)).toMatchObject({ revenue: -10, units: -1001, sign: -1 });
    expect(Object.is(amountsOf(-0.001).revenue, 0)).toBe(true); // never −0
    expect(amountsOf(0)).toMatchObject({ sign: 0, hasCost: false, hasDiscount: false, hasCommission: false });
    expect(amountsOf(10, 1, { costTotal: 4.35, discountTotal: 0, commission: 0.5 })).toMatchObject({
      cost: 435,
      hasCost: true,
      discount: 0,
      hasDiscount: true,
      commission: 50,
    });
  });

  it('sums 0.1 + 0.2 to 0.3 (floats would not)', () => {
    const totals = new PeriodTotals();
    totals.add(amountsOf(0.1));
    totals.add(amountsOf(0.2));
    expect(totals.revenue).toBe(30);
  });
});

describe('TotalsTable', () => {
  it('keeps slots across chunk boundaries and merges like PeriodTotals', () => {
    const table = new TotalsTable();
    const direct = new PeriodTotals();
    const slots = Array.from({ length: 9000 }, () => table.newSlot());
    slots.forEach((slot, i) => {
      const amounts = amountsOf(i % 7 === 0 ? -i : i, 1, { costTotal: i % 3 === 0 ? null : i / 2 });
      table.add(slot, amounts);
      direct.add(amounts);
    });
    const merged = new PeriodTotals();
    for (const slot of slots) table.mergeInto(slot, merged);
    expect(merged).toEqual(direct);
    expect(table.read(8999, new PeriodTotals())).toMatchObject({ lines: 1, revenue: 899_900, saleLines: 1 });
    expect(table.saleLines(7)).toBe(0); // a return
  });
});

describe('DistinctStrings', () => {
  it('counts distinct values, one value without a Set', () => {
    const set = new DistinctStrings();
    expect(set.size).toBe(0);
    expect([set.add('a'), set.add('a'), set.add('b'), set.add('a'), set.add('c')]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(set.size).toBe(3);
    const all = new Set<string>();
    set.addAllTo(all);
    expect([...all].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('TicketBook and tallyTickets', () => {
  it('counts a ticket once per day and hour, and once per period when it spans days', () => {
    const book = new TicketBook();
    const day = (text: string) => parseDate(text) as number;
    // T1: 2024-12-31 at 10 and 11 (two hours), again 2025-01-02 (same ISO week, other month and year).
    book.add('T1', day('2024-12-31'), 10, 1);
    book.add('T1', day('2024-12-31'), 11, 1);
    book.add('T2', day('2024-12-31'), 11, 1);
    book.add('T1', day('2025-01-02'), 9, 1);
    book.add('T1', day('2024-12-31'), 11, -1); // a return line on the same ticket
    book.add('T3', day('2025-01-02'), 9, 0); // a free line makes no ticket
    const { sales, returns } = tallyTickets(book);
    expect(sales.byDay.get(day('2024-12-31'))).toBe(2);
    expect(sales.byDay.get(day('2025-01-02'))).toBe(1);
    expect(sales.byHour.get(day('2024-12-31'))?.slice(10, 12)).toEqual([1, 2]);
    expect(returns.byDay.get(day('2024-12-31'))).toBe(1);
    // Week 2025-W01 (Mon 2024-12-30) holds both days of T1: 3 by days, 2 distinct.
    expect(sales.correction.week.get(day('2024-12-30'))).toBe(-1);
    expect(sales.correction.month.size).toBe(0); // different months: nothing to correct
    expect(sales.correction.year.size).toBe(0);
  });

  it('reads local days from instants for the book', () => {
    expect(localDayIndexOf(Date.parse('2025-01-01T02:00Z'))).toBe(parseDate('2024-12-31'));
  });
});
