import { describe, expect, it } from 'vitest';
import { type HourCellFigures, hourGrid, inHourSelection, sumHourCells } from './explorer-hours';
import { NO_EXPLORER_FILTERS } from './explorer-link';

const cell = (weekday: number, hour: number, revenue: number, transactions: number, units = 1) => ({
  weekday,
  hour,
  revenue,
  units,
  transactions,
  returns: 0,
  lines: transactions,
});

/** The full 168-cell grid, zero but for the given cells. */
function grid(...sold: HourCellFigures[]): HourCellFigures[] {
  const cells: HourCellFigures[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      cells.push(sold.find((c) => c.weekday === weekday && c.hour === hour) ?? cell(weekday, hour, 0, 0, 0));
    }
  }
  return cells;
}

describe('the weekday × hour view', () => {
  it('keeps the cells of the weekdays and the hours [from, to)', () => {
    const filters = { weekdays: [6, 7], hours: { from: 12, to: 18 } };
    expect(inHourSelection({ weekday: 6, hour: 12 }, filters)).toBe(true);
    expect(inHourSelection({ weekday: 6, hour: 18 }, filters)).toBe(false);
    expect(inHourSelection({ weekday: 5, hour: 13 }, filters)).toBe(false);
    expect(inHourSelection({ weekday: 1, hour: 0 }, NO_EXPLORER_FILTERS)).toBe(true);
  });

  it('keeps a span past midnight (the madrugada, 22 to 6) and lists its hours in order', () => {
    const madrugada = { weekdays: null, hours: { from: 22, to: 6 } };
    expect([21, 22, 23, 0, 5, 6].map((hour) => inHourSelection({ weekday: 1, hour }, madrugada))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    const view = hourGrid(grid(cell(2, 23, 100, 1), cell(3, 1, 40, 1), cell(3, 12, 999, 9)), madrugada);
    expect(view.hours).toEqual([22, 23, 0, 1, 2, 3, 4, 5]);
    expect(view.total).toMatchObject({ revenue: 140, transactions: 2 });
  });

  it('sums to the cent and recomputes the average ticket from the sums, halves up', () => {
    const totals = sumHourCells([
      cell(6, 12, 0.1, 1, 0.001),
      cell(6, 13, 0.2, 1, 0.002),
      cell(6, 14, 1000.05, 1),
    ]);
    expect(totals).toEqual({
      revenue: 1000.35,
      units: 1.003,
      transactions: 3,
      returns: 0,
      avg_ticket: 333.45,
      sold: true,
    });
    expect(sumHourCells([cell(1, 1, 0.01, 2)]).avg_ticket).toBe(0.01); // 0.5 cent → 1 cent
    expect(sumHourCells([cell(1, 1, 0, 0, 0)])).toMatchObject({ avg_ticket: null, sold: false });
  });

  it('totals each weekday over the hours kept, and each hour over the weekdays kept', () => {
    const cells = grid(cell(6, 9, 100, 1), cell(6, 13, 300, 2), cell(7, 13, 50, 1), cell(1, 13, 999, 9));
    const view = hourGrid(cells, { weekdays: [6, 7], hours: { from: 12, to: 24 } });
    expect(view.weekdays).toEqual([6, 7]);
    expect(view.hours).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(view.cells.size).toBe(24);
    expect(view.byWeekday.get(6)).toMatchObject({ revenue: 300, transactions: 2, avg_ticket: 150 });
    expect(view.byHour.get(13)).toMatchObject({ revenue: 350, transactions: 3, avg_ticket: 116.67 });
    expect(view.byHour.get(12)).toMatchObject({ revenue: 0, avg_ticket: null, sold: false });
    expect(view.total).toMatchObject({ revenue: 350, transactions: 3 });
    const all = hourGrid(cells, NO_EXPLORER_FILTERS);
    expect([all.weekdays.length, all.hours.length, all.cells.size]).toEqual([7, 24, 168]);
    expect(all.total.revenue).toBe(1449);
  });
});
