import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateProfiler, NumberProfiler } from '../values';
import { ArithmeticEvidence, lastDigitUnit } from './arithmetic-evidence';
import { ColumnEvidence } from './column-evidence';
import { DateSpan } from './date-span';
import { DecimalTally, readAs } from './decimal-readings';

/** Cells as exports write them: amounts, quantities, dates, codes, labels, blanks and noise. */
const CELLS = [
  '',
  ' ',
  '\u00a0',
  '\u3000',
  '1',
  '12',
  '0',
  '007',
  '12990',
  '12.990',
  '$ 12.990',
  '$12.990',
  '-$ 1.000',
  '($ 1.000)',
  '1.234,56',
  '1,234.56',
  '1,508',
  '1.088',
  '0,5',
  '19%',
  '10 %',
  'US$ 5',
  'CLP 1.000',
  "1'234.5",
  '1 234',
  '01/05/2025 09:00',
  '13/05/2025 21:59',
  '05/13/2025',
  '2025-10-01',
  '2025-10-01T12:30:00Z',
  '1.10.25',
  '31/02/2025',
  '12:30',
  'Boleta',
  'Nota de crédito',
  'TOTAL',
  'Longaniza nacional',
  '76.571.789-2',
  'abc%',
];

const cellArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 14 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2030 }),
      )
      .map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y} 10:15`),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map((n) => `$ ${n.toLocaleString('es-CL')}`),
  },
);

/** The profile of a column added value by value, without ColumnEvidence's memory. */
function reference(values: readonly string[], tallyDecimals: boolean) {
  const numbers = new NumberProfiler();
  const dates = new DateProfiler();
  const span = new DateSpan();
  const tally = new DecimalTally();
  let nonEmpty = 0;
  for (const text of values) {
    if (text.trim() === '') continue;
    nonEmpty++;
    numbers.add(text);
    dates.add(text);
    span.add(text);
    if (tallyDecimals) tally.add(text);
  }
  return { nonEmpty, numbers: numbers.result(), dates: dates.result(), span, tally: tally.parsed };
}

function expectSameProfile(values: readonly string[], tallyDecimals: boolean) {
  const evidence = new ColumnEvidence(tallyDecimals);
  for (const text of values) evidence.add(text);
  const profile = evidence.profile();
  const expected = reference(values, tallyDecimals);
  expect(profile.nonEmpty).toBe(expected.nonEmpty);
  expect(profile.numbers).toEqual(expected.numbers);
  expect(profile.dates).toEqual(expected.dates);
  expect(profile.tally.parsed).toEqual(expected.tally);
  for (const order of ['dmy', 'mdy'] as const) {
    expect(profile.span.spanDays(order)).toBe(expected.span.spanDays(order));
  }
  expect(profile.span.tighterOrder()).toBe(expected.span.tighterOrder());
  expect(profile.span.gaveUp).toBe((expected.span as DateSpan).gaveUp);
}

describe('ColumnEvidence', () => {
  it('profiles a column exactly as its profilers do value by value', () => {
    fc.assert(
      fc.property(fc.array(cellArbitrary, { maxLength: 300 }), fc.boolean(), (values, tally) => {
        expectSameProfile(values, tally);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps DateSpan order-dependent: a run of text stops it before later dates', () => {
    const values = [...Array.from({ length: 150 }, (_, i) => `texto ${i % 3}`), '01/05/2025', '28/05/2025'];
    expectSameProfile(values, false);
    expectSameProfile(values.reverse(), false);
  });

  it('stays exact past its memory limit (counts handed over and memory started again)', () => {
    const values: string[] = [];
    for (let i = 0; i < 40_000; i++) values.push(`$ ${(i * 7919) % 25_000}`, '1', i % 5 === 0 ? '' : '1,5');
    expectSameProfile(values, true);
  });
});

describe('ColumnEvidence with values that rarely repeat', () => {
  // 20k new values fill the memory with mostly misses, so the next 65k new values are not
  // remembered; then the memory is used again. Both ways must profile alike.
  const values: string[] = [];
  for (let i = 0; i < 20_000; i++) values.push(`$ ${(100_000 + i).toLocaleString('es-CL')}`);
  for (let i = 0; i < 90_000; i++) {
    const kind = i % 7;
    if (kind === 0) values.push(`${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2025 10:00`);
    else if (kind === 1) values.push(values[values.length - 1] as string);
    else if (kind === 2) values.push('1,5', '');
    else if (kind === 3) values.push('10%');
    else values.push(`$ ${(i * 31) % 70_000}`);
  }

  it('profiles exactly as value by value', () => {
    expectSameProfile(values, true);
    expectSameProfile(values, false);
  });

  it('hands every cell the decimal readings of its own text', () => {
    const evidence = new ColumnEvidence(true);
    const wrong: string[] = [];
    for (const text of values) {
      const facts = evidence.add(text);
      const expected = text.trim() === '' ? null : readingsOf(text);
      const got =
        facts === null
          ? null
          : {
              point: facts.point,
              comma: facts.comma,
              pointUnit: facts.pointUnit,
              commaUnit: facts.commaUnit,
              percentSign: facts.percentSign,
            };
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

/** The decimal readings of one non-blank cell, computed directly. */
function readingsOf(text: string) {
  return {
    point: readAs(text, '.') ?? Number.NaN,
    comma: readAs(text, ',') ?? Number.NaN,
    pointUnit: lastDigitUnit(text, '.'),
    commaUnit: lastDigitUnit(text, ','),
    percentSign: text.includes('%'),
  };
}

describe('ArithmeticEvidence.addReadings', () => {
  const rowArbitrary = fc.array(
    fc.oneof(
      fc.constantFrom('', '1', '2', '1,5', '1.088', '$ 4.390', '$ 6.620', '4.390', '10%', '$ 500', 'x'),
      fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString('es-CL')),
    ),
    { minLength: 0, maxLength: 6 },
  );

  const cellReadings = (text: string | undefined) =>
    text === undefined || text.trim() === '' ? null : readingsOf(text);

  it('counts the same agreements as add() over the cells', () => {
    const columns = { quantity: 0, priceUnit: 1, priceTotal: 2, discount: 3, costUnit: 4, costTotal: 5 };
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 40 }), (rows) => {
        const byCells = new ArithmeticEvidence(columns);
        const byReadings = new ArithmeticEvidence(columns);
        const roles = byReadings.roleColumns;
        for (const cells of rows) {
          byCells.add(cells);
          byReadings.addReadings(
            roles.map((index) => cellReadings(cells[index])),
            cellReadings(cells[columns.discount]),
          );
        }
        const agreeing = (evidence: ArithmeticEvidence) =>
          Array.from((evidence as unknown as { agreeing: Uint32Array }).agreeing);
        expect(agreeing(byReadings)).toEqual(agreeing(byCells));
      }),
      { numRuns: 200 },
    );
  });
});
