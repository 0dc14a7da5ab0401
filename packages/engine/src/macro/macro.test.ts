import { describe, expect, it } from 'vitest';
import { buffsAndDebuffs } from './buffs';
import { sameLastYear } from './calendar';
import { correlate } from './correlation';
import { dailyValues } from './daily-values';
import { periodPriceLevel, priceIndex } from './deflation';
import { periodRate } from './period-rate';
import { macroRevenueFields } from './revenue-fields';

// Real values from the shipped snapshot (Banco Central de Chile).
const UF_JAN_2024 = [
  36797.64, 36805.92, 36814.21, 36822.49, 36830.78, 36839.07, 36847.36, 36855.65, 36863.94, 36857.98,
  36852.02, 36846.06, 36840.1, 36834.15, 36828.19, 36822.24, 36816.29, 36810.33, 36804.38, 36798.43, 36792.48,
  36786.53, 36780.58, 36774.64, 36768.69, 36762.75, 36756.8, 36750.86, 36744.92, 36738.98, 36733.04,
];
const uf = UF_JAN_2024.map((value, i) => ({ date: `2024-01-${String(i + 1).padStart(2, '0')}`, value }));
// Dólar observado: business days only (1 January, weekends have none).
const dolar = [
  ['2023-12-29', 884.59],
  ['2024-01-02', 877.12],
  ['2024-01-03', 880.92],
  ['2024-01-04', 884.39],
  ['2024-01-05', 884.45],
  ['2024-01-08', 893.07],
  ['2024-01-09', 901.31],
  ['2024-01-10', 914.71],
  ['2024-01-11', 919.07],
  ['2024-01-12', 911.37],
  ['2024-01-15', 908.67],
  ['2024-01-16', 912.02],
  ['2024-01-17', 922.06],
  ['2024-01-18', 926.77],
  ['2024-01-19', 918.62],
  ['2024-01-22', 910.73],
  ['2024-01-23', 905.63],
  ['2024-01-24', 908.87],
  ['2024-01-25', 908.51],
  ['2024-01-26', 910.97],
  ['2024-01-29', 916.16],
  ['2024-01-30', 927.63],
  ['2024-01-31', 932.66],
].map(([date, value]) => ({ date: date as string, value: value as number }));
// IPC monthly % change, 2023-01 … 2024-12.
const IPC = [
  0.8, -0.1, 1.1, 0.3, 0.1, -0.2, 0.4, 0.1, 0.7, 0.4, 0.7, -0.5, 0.7, 0.6, 0.4, 0.5, 0.3, -0.1, 0.7, 0.3, 0.1,
  1, 0.2, -0.2,
];
const ipc = IPC.map((value, i) => ({
  date: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  value,
}));
const index = priceIndex(ipc);

describe('daily values', () => {
  it('carries the last value over weekends and holidays, and says so', () => {
    const days = dailyValues(dolar, '2024-01-01', '2024-01-08');
    expect(days.map((d) => [d.date, d.value, d.carried])).toEqual([
      ['2024-01-01', 884.59, true], // New Year: Friday 29 December's value
      ['2024-01-02', 877.12, false],
      ['2024-01-03', 880.92, false],
      ['2024-01-04', 884.39, false],
      ['2024-01-05', 884.45, false],
      ['2024-01-06', 884.45, true],
      ['2024-01-07', 884.45, true],
      ['2024-01-08', 893.07, false],
    ]);
    expect(dailyValues(dolar, '2023-12-01', '2023-12-29')).toHaveLength(1); // nothing before the first value
  });
});

describe('revenue in UF and USD at the period average', () => {
  it('divides January 2024 revenue by the mean UF of its 31 days', () => {
    // Σ UF(1..31 Jan) / 31 = 1 140 977.5 / 31 = 36 805.7258…; 10 000 000 / 36 805.7258 = 271.6969
    expect(periodRate(uf, '2024-01-01', '2024-01-31')?.value).toBeCloseTo(36805.7258, 3);
    const fields = macroRevenueFields(
      { grain: 'month', start: '2024-01-01', end: '2024-01-31', revenue: 10_000_000, revenueLastYear: null },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(fields.revenue_uf).toBe(271.7);
    // Dólar: 31 days, 9 of them carried (1 Jan + 4 weekends); mean 906.8103 → 11 027.66 USD.
    expect(periodRate(dolar, '2024-01-01', '2024-01-31')).toMatchObject({ carriedDays: 9 });
    expect(fields.revenue_usd).toBe(11027.66);
    expect(fields.nulls.revenue_real_yoy_pct).toBe('NO_SAME_PERIOD_LAST_YEAR');
  });

  it('converts a period still running over its days so far', () => {
    // Data through 5 January: the mean UF of 1–5 January, not of the whole month.
    const fields = macroRevenueFields(
      {
        grain: 'month',
        start: '2024-01-01',
        end: '2024-01-31',
        revenue: 1_000_000,
        revenueLastYear: null,
        dataThrough: '2024-01-05',
      },
      { uf: uf.slice(0, 5), dolar, index, baseMonth: '2024-12' },
    );
    // (36797.64 + 36805.92 + 36814.21 + 36822.49 + 36830.78) / 5 = 36814.208 → 27.16 UF
    expect(fields.revenue_uf).toBe(27.16);
    expect(fields.revenue_real).toBe(1038599.94); // January's price level all the same
  });

  it('converts a period whose data starts late over its days with data', () => {
    // Data from 29 January: (36744.92 + 36738.98 + 36733.04) / 3 = 36738.98 → 27.22 UF.
    const fields = macroRevenueFields(
      {
        grain: 'month',
        start: '2024-01-01',
        end: '2024-01-31',
        revenue: 1_000_000,
        revenueLastYear: null,
        dataFrom: '2024-01-29',
      },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(fields.revenue_uf).toBe(27.22);
    // A quarter whose data starts in March is deflated by March's level alone:
    // I(Dec) / I(Mar) = 1.005 × 1.003 × 0.999 × 1.007 × 1.003 × 1.001 × 1.010 × 1.002 × 0.998 = 1.02829234
    const quarter = macroRevenueFields(
      {
        grain: 'quarter',
        start: '2024-01-01',
        end: '2024-03-31',
        revenue: 1_000_000,
        revenueLastYear: null,
        dataFrom: '2024-03-01',
      },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(quarter.revenue_real).toBe(1028292.34);
  });

  it('is null with a reason when a day of the period has no rate, never a value carried for weeks', () => {
    const fields = macroRevenueFields(
      { grain: 'month', start: '2024-02-01', end: '2024-02-29', revenue: 1, revenueLastYear: null },
      { uf, dolar: [], index, baseMonth: '2024-12' },
    );
    // The UF stops at 31 January: February is not converted at it. The dólar has none at all.
    expect(fields.nulls).toMatchObject({ revenue_uf: 'NO_UF_FOR_PERIOD', revenue_usd: 'NO_USD_FOR_PERIOD' });
    expect([fields.revenue_uf, fields.revenue_usd]).toEqual([null, null]);
    // A week after the last value still converts (long weekends); the 8th day does not.
    expect(periodRate(uf, '2024-02-07', '2024-02-07')?.value).toBe(36733.04);
    expect(periodRate(uf, '2024-02-08', '2024-02-08')).toBeNull();
  });
});

describe('real pesos (IPC deflation)', () => {
  it('brings January 2024 pesos to December 2024 pesos with the 11 monthly changes in between', () => {
    // 1.006 × 1.004 × 1.005 × 1.003 × 0.999 × 1.007 × 1.003 × 1.001 × 1.010 × 1.002 × 0.998 = 1.03859994
    const fields = macroRevenueFields(
      { grain: 'month', start: '2024-01-01', end: '2024-01-31', revenue: 1_000_000, revenueLastYear: null },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(fields.revenue_real).toBe(1038599.94);
  });

  it('deflates a quarter by its day-weighted mean price level', () => {
    // Q1 2024 = 31 days at I(Jan), 29 at I(Feb) = 1.006 I(Jan), 31 at I(Mar) = 1.006 × 1.004 I(Jan).
    const level = periodPriceLevel(index, '2024-01-01', '2024-03-31') as number;
    const jan = index.get('2024-01') as number;
    expect(level / jan).toBeCloseTo((31 + 29 * 1.006 + 31 * 1.006 * 1.004) / 91, 12);
    const fields = macroRevenueFields(
      { grain: 'quarter', start: '2024-01-01', end: '2024-03-31', revenue: 1_000_000, revenueLastYear: null },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(fields.revenue_real).toBe(1033096.78);
  });

  it('gives real growth vs last year net of the 12 months of inflation', () => {
    // Feb 2023 … Jan 2024 compound to 1.03751693; 1.1 / 1.03751693 − 1 = 6.02 %.
    const fields = macroRevenueFields(
      {
        grain: 'month',
        start: '2024-01-01',
        end: '2024-01-31',
        revenue: 1_100_000,
        revenueLastYear: 1_000_000,
      },
      { uf, dolar, index, baseMonth: null },
    );
    expect(fields.revenue_real_yoy_pct).toBe(6.02);
    expect(fields.nulls.revenue_real).toBe('NO_BASE_MONTH_IPC');
  });

  it('refuses months whose IPC is not published, and never bridges a gap in the IPC', () => {
    const fields = macroRevenueFields(
      { grain: 'month', start: '2025-01-01', end: '2025-01-31', revenue: 1, revenueLastYear: 1 },
      { uf, dolar, index, baseMonth: '2024-12' },
    );
    expect(fields.revenue_real).toBeNull();
    expect(fields.nulls).toMatchObject({
      revenue_real: 'IPC_NOT_PUBLISHED',
      revenue_real_yoy_pct: 'IPC_NOT_PUBLISHED',
    });
    const gap = priceIndex([ipc[0], ipc[2]].filter((x) => x !== undefined));
    expect([...gap.keys()]).toEqual(['2023-01']);
  });
});

describe('same period last year', () => {
  it('follows the engine: same ISO week number, none for week 53 or 29 February', () => {
    expect(sameLastYear('week', '2025-03-03', '2025-03-09')).toEqual({
      start: '2024-03-04',
      end: '2024-03-10',
    });
    expect(sameLastYear('week', '2020-12-28', '2021-01-03')).toBeNull(); // 2020-W53; 2019 had 52 weeks
    expect(sameLastYear('day', '2024-02-29', '2024-02-29')).toBeNull();
    expect(sameLastYear('month', '2024-02-01', '2024-02-29')).toEqual({
      start: '2023-02-01',
      end: '2023-02-28',
    });
    expect(sameLastYear('quarter', '2024-01-01', '2024-03-31')).toEqual({
      start: '2023-01-01',
      end: '2023-03-31',
    });
  });
});

describe('correlation', () => {
  const months = (values: number[]) =>
    new Map(values.map((v, i) => [`2024-${String(i + 1).padStart(2, '0')}`, v]));
  it('is Pearson r over the common months, with the caveat under 24 months', () => {
    // x = 1,2,3; y = 1,3,2: Σdxdy = 1, Σdx² = 2, Σdy² = 2 → r = 0.5
    expect(correlate(months([1, 2, 3]), months([1, 3, 2]))).toEqual({
      r: 0.5,
      months: 3,
      reason: null,
      caveat: true,
    });
    expect(correlate(months([1, 2, 3, 4]), months([8, 6, 4, 2])).r).toBe(-1);
    expect(correlate(months([1, 2]), months([1, 2]))).toMatchObject({ r: null, reason: 'TOO_FEW_MONTHS' });
    expect(correlate(months([1, 2, 3]), months([5, 5, 5]))).toMatchObject({
      r: null,
      reason: 'NO_VARIATION',
    });
    const long = new Map(Array.from({ length: 24 }, (_, i) => [`m${i}`, i]));
    expect(correlate(long, long)).toEqual({ r: 1, months: 24, reason: null, caveat: false });
  });
});

describe('buffs and debuffs', () => {
  const moves = [
    { code: 'dolar', value: 918, previous: 900, kind: 'level' as const }, // +2 %
    { code: 'imacec', value: 2.5, previous: 2.5, kind: 'rate' as const }, // flat
    { code: 'tpm', value: 5, previous: 5.25, kind: 'rate' as const }, // −0.25 pp
  ];
  it('turns the same dollar move into a debuff for importers and a buff for exporters', () => {
    const importer = buffsAndDebuffs(moves, 'importer');
    expect(importer.buffs.map((b) => [b.code, b.change, b.change_unit, b.effect])).toEqual([
      ['dolar', 2, '%', 'debuff'],
      ['imacec', 0, 'pp', 'neutral'],
      ['tpm', -0.25, 'pp', 'buff'],
    ]);
    // weights: dólar 2 (−1), imacec 2 (0), tpm 1.5 (+1) → 5 + 5 × (−2 + 1.5) / 5.5 = 4.545… → 4.5
    expect(importer.score).toBe(4.5);
    const exporter = buffsAndDebuffs(moves, 'exporter');
    expect(exporter.buffs[0]?.effect).toBe('buff');
    // 5 + 5 × (2 + 1.5) / 5.5 = 8.18 → 8.2
    expect(exporter.score).toBe(8.2);
    expect(exporter.buffs[0]?.explanation_es).toMatch(/dólares rinde más pesos/);
    expect(buffsAndDebuffs([], 'domestic').score).toBeNull();
  });
});
