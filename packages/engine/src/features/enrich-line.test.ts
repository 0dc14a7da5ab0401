import { describe, expect, it } from 'vitest';
import { enrichLine, enrichLines } from './enrich-line';
import { saleLine } from './lines.testkit';

describe('enrichLine', () => {
  it('adds the local calendar and line amounts', () => {
    const line = saleLine('2024-04-06T23:30-04:00', 'T1', 'PAN', 0.345, 1034.31, { costTotal: 517.16 });
    expect(enrichLine(line)).toMatchObject({
      transId: 'T1',
      local_date: '2024-04-06',
      hour: 23,
      weekday: 6,
      day_part: 'madrugada',
      is_weekend: true,
      unit_price: 2998,
      line_margin: 517.15,
      line_margin_pct: 50, // 517.15 / 1034.31 = 0.49999…
    });
  });

  it('leaves unit price and margin null when they cannot be said', () => {
    const [free, noCost] = [
      ...enrichLines([
        saleLine('2025-03-14T12:00-03:00', 'T1', 'A', 0, 0, { costTotal: 0 }),
        saleLine('2025-03-14T12:00-03:00', 'T1', 'B', 1, 500),
      ]),
    ];
    expect(free).toMatchObject({ unit_price: null, line_margin: 0, line_margin_pct: null });
    expect(noCost).toMatchObject({ unit_price: 500, line_margin: null, line_margin_pct: null });
  });
});
