import { describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS, type DemoProduct } from './demo-catalog';
import { type DemoSaleLine, generateDemoSales, unitCostOf } from './demo-sales';

const OPTIONS = { seed: 42, endDate: '2026-11-21', months: 18 };
const lines = generateDemoSales(OPTIONS);
const sales = lines.filter((l) => !l.isReturn);
const returns = lines.filter((l) => l.isReturn);

const dateOf = (l: DemoSaleLine): string => l.localTime.slice(0, 10);
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const sum = (xs: DemoSaleLine[]): number => xs.reduce((acc, l) => acc + l.total, 0);

function groupBy<K>(xs: DemoSaleLine[], key: (l: DemoSaleLine) => K): Map<K, DemoSaleLine[]> {
  const out = new Map<K, DemoSaleLine[]>();
  for (const l of xs) {
    const k = key(l);
    const bucket = out.get(k);
    if (bucket) bucket.push(l);
    else out.set(k, [l]);
  }
  return out;
}

/** Revenue per calendar day that had sales, for the lines selected by `filter`. */
function revenuePerDay(filter: (l: DemoSaleLine) => boolean): number {
  const selected = lines.filter(filter);
  return sum(selected) / new Set(selected.map(dateOf)).size;
}

/** Independent modulo-11 RUT validation ('12345678-5', check digit 0-9 or K). */
function isValidRut(rut: string): boolean {
  const m = /^(\d{7,8})-([\dK])$/.exec(rut);
  if (!m) return false;
  const digits = (m[1] ?? '').split('').reverse();
  const total = digits.reduce((acc, d, i) => acc + Number(d) * ((i % 6) + 2), 0);
  const expected = 11 - (total % 11);
  return m[2] === (expected === 11 ? '0' : expected === 10 ? 'K' : String(expected));
}

describe('generateDemoSales', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(generateDemoSales(OPTIONS)).toEqual(lines);
    const other = generateDemoSales({ ...OPTIONS, seed: 43 });
    expect(other.slice(0, 200)).not.toEqual(lines.slice(0, 200));
    expect(other.length).not.toBe(lines.length);
  });

  it('generates about 40k lines for 18 months', () => {
    expect(lines.length).toBeGreaterThanOrEqual(35_000);
    expect(lines.length).toBeLessThanOrEqual(45_000);
  });

  it('covers exactly the requested months, sorted by time, document and line', () => {
    const first = lines[0];
    const last = lines.at(-1);
    expect(first && dateOf(first) >= '2025-05-22').toBe(true);
    expect(first && dateOf(first) <= '2025-05-23').toBe(true);
    expect(last && dateOf(last) >= '2026-11-20').toBe(true);
    expect(last && dateOf(last) <= '2026-11-21').toBe(true);
    const key = (l: DemoSaleLine) => `${l.localTime}|${l.documentId}|${String(l.lineNo).padStart(3, '0')}`;
    const unsorted = lines.filter((l, i) => i > 0 && key(lines[i - 1] ?? l) >= key(l));
    expect(unsorted).toEqual([]);
    const oneMonth = generateDemoSales({ seed: 1, endDate: '2026-03-31', months: 1 });
    expect(oneMonth.every((l) => l.localTime >= '2026-03-01' && l.localTime < '2026-04-01')).toBe(true);
    expect(() => generateDemoSales({ seed: 1, endDate: '2026-02-30', months: 1 })).toThrow();
    expect(() => generateDemoSales({ seed: 1, endDate: '2026-02-28', months: 0 })).toThrow();
  });

  it('uses local wall-clock times within opening hours', () => {
    const outside = lines.filter((l) => {
      const hour = Number(l.localTime.slice(11, 13));
      const [open, close] = weekdayOf(dateOf(l)) === 0 ? [10, 13] : [9, 21];
      return !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(l.localTime) || hour < open || hour > close;
    });
    expect(outside).toEqual([]);
    const byHour = groupBy(sales, (l) => Number(l.localTime.slice(11, 13)));
    const count = (h: number) => byHour.get(h)?.length ?? 0;
    expect(count(13)).toBeGreaterThan(count(15));
    expect(count(19)).toBeGreaterThan(count(16));
    expect(count(9)).toBeLessThan(count(12));
  });

  it('has weekly seasonality: Saturday busiest, Friday high, Monday lowest', () => {
    const perDay = [0, 1, 2, 3, 4, 5, 6].map((wd) => revenuePerDay((l) => weekdayOf(dateOf(l)) === wd));
    const [sun, mon, tue, wed, thu, fri, sat] = perDay as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect(sat).toBe(Math.max(...perDay));
    expect(sat).toBeGreaterThan(mon * 1.4);
    expect(fri).toBeGreaterThan(Math.max(mon, tue, wed, thu));
    expect(sun).toBeLessThan(sat);
    expect(mon).toBe(Math.min(...perDay));
  });

  it('has monthly seasonality: December > September > August, February lowest', () => {
    const perDay = (month: string) => revenuePerDay((l) => l.localTime.startsWith(month));
    expect(perDay('2025-12')).toBeGreaterThan(perDay('2026-02') * 1.3);
    expect(perDay('2025-09')).toBeGreaterThan(perDay('2025-08') * 1.1);
    expect(perDay('2026-09')).toBeGreaterThan(perDay('2026-08') * 1.1);
    const share = (month: string, category: string) => {
      const inMonth = sales.filter((l) => l.localTime.startsWith(month));
      return sum(inMonth.filter((l) => l.category === category)) / sum(inMonth);
    };
    expect(share('2025-09', 'Botillería')).toBeGreaterThan(share('2025-10', 'Botillería') * 1.3);
    expect(share('2025-09', 'Carnes')).toBeGreaterThan(share('2025-10', 'Carnes') * 1.2);
    // Closed by law on Christmas and Fiestas Patrias.
    expect(lines.some((l) => ['2025-12-25', '2025-09-18', '2026-01-01'].includes(dateOf(l)))).toBe(false);
  });

  it('shows year-over-year growth', () => {
    const jun2025 = revenuePerDay((l) => l.localTime.startsWith('2025-06'));
    const jun2026 = revenuePerDay((l) => l.localTime.startsWith('2026-06'));
    expect(jun2026 / jun2025).toBeGreaterThan(1);
    expect(jun2026 / jun2025).toBeLessThan(1.25);
  });

  it('has unique (documentId, lineNo) pairs and consistent documents', () => {
    expect(new Set(lines.map((l) => `${l.documentId}#${l.lineNo}`)).size).toBe(lines.length);
    const inconsistent = [...groupBy(lines, (l) => l.documentId)].filter(
      ([id, docLines]) =>
        !/^(B|NC)-\d{6}$/.test(id) ||
        docLines.length > 8 ||
        docLines.some((l, i) => l.lineNo !== i + 1 || l.isReturn !== id.startsWith('NC-')) ||
        new Set(docLines.map((l) => `${l.localTime}|${l.locationName}|${l.customerId}`)).size !== 1 ||
        new Set(docLines.map((l) => l.sku)).size !== docLines.length,
    );
    expect(inconsistent).toEqual([]);
    const tickets = groupBy(sales, (l) => l.documentId);
    const meanLines = sales.length / tickets.size;
    expect(meanLines).toBeGreaterThan(2.2);
    expect(meanLines).toBeLessThan(2.8);
    expect(new Set(lines.map((l) => l.locationName))).toEqual(
      new Set(['Casa Matriz Ñuñoa', 'Sucursal Providencia']),
    );
  });

  it('computes integer totals as round(quantity * unitPrice) − discount with realistic quantities', () => {
    const invalid = lines.filter(
      (l) =>
        l.quantity === 0 ||
        !Number.isInteger(l.unitPrice) ||
        l.unitPrice <= 0 ||
        !Number.isInteger(l.total) ||
        l.total !== Math.round(l.quantity * l.unitPrice) - l.discountTotal ||
        Math.sign(l.discountTotal) === -Math.sign(l.quantity) ||
        Math.sign(l.quantity) !== (l.isReturn ? -1 : 1) ||
        (l.unit === 'un'
          ? !Number.isInteger(l.quantity)
          : Number.isInteger(l.quantity) || Math.round(l.quantity * 1000) / 1000 !== l.quantity),
    );
    expect(invalid).toEqual([]);
    const kgLines = lines.filter((l) => l.unit === 'kg');
    expect(kgLines.length).toBeGreaterThan(lines.length * 0.2);
    const grams = kgLines.filter((l) => !Number.isInteger(Math.round(l.quantity * 1000) / 10));
    expect(grams.length).toBeGreaterThan(kgLines.length * 0.8);
    const kgSkus = new Set(lines.filter((l) => l.unit === 'kg').map((l) => l.sku));
    expect(kgSkus.size).toBeGreaterThanOrEqual(8);
    expect(kgSkus.size).toBeLessThanOrEqual(14);
  });

  it('records costs (except produce) and promotions of 10–20 % on about 6 % of sale lines', () => {
    for (const l of lines) {
      const unitCost = unitCostOf(DEMO_PRODUCTS.find((p) => p.sku === l.sku) as DemoProduct);
      expect(l.costTotal).toBe(unitCost === null ? null : Math.round(l.quantity * unitCost));
    }
    expect(lines.filter((l) => l.category === 'Frutas y verduras').every((l) => l.costTotal === null)).toBe(
      true,
    );
    // Margins per category within the catalog's ±4 points of its share.
    const margin = (category: string) => {
      const sold = sales.filter((l) => l.category === category);
      return 1 - sold.reduce((a, l) => a + (l.costTotal ?? 0), 0) / sold.reduce((a, l) => a + l.total, 0);
    };
    expect(margin('Panadería')).toBeGreaterThan(0.36);
    expect(margin('Lácteos')).toBeLessThan(0.3);
    const promoted = sales.filter((l) => l.discountTotal > 0);
    expect(promoted.length / sales.length).toBeGreaterThan(0.04);
    expect(promoted.length / sales.length).toBeLessThan(0.08);
    const rates = new Set(
      promoted.map((l) => Math.round((l.discountTotal / (l.total + l.discountTotal)) * 20)),
    );
    expect([...rates].sort()).toEqual([2, 3, 4]);
    // Returns refund what was paid: a promoted sale's return carries its discount, negative.
    expect(returns.some((l) => l.discountTotal < 0)).toBe(true);
  });

  it('has a realistic catalog with Pareto-like revenue concentration', () => {
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(60);
    expect(DEMO_PRODUCTS.length).toBeLessThanOrEqual(80);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.sku)).size).toBe(DEMO_PRODUCTS.length);
    expect(new Set(lines.map((l) => l.category))).toEqual(
      new Set([
        'Panadería',
        'Lácteos',
        'Bebidas',
        'Abarrotes',
        'Frutas y verduras',
        'Carnes',
        'Limpieza',
        'Snacks',
        'Botillería',
      ]),
    );
    const revenue = [...groupBy(sales, (l) => l.sku).values()].map(sum).sort((a, b) => b - a);
    const top = revenue.slice(0, Math.round(revenue.length * 0.2)).reduce((a, b) => a + b, 0);
    const share = top / revenue.reduce((a, b) => a + b, 0);
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.75);
  });

  it('assigns valid RUTs to about 35% of tickets from ~400 loyal customers', () => {
    const customers = new Set(lines.flatMap((l) => (l.customerId ? [l.customerId] : [])));
    expect([...customers].filter((rut) => !isValidRut(rut))).toEqual([]);
    expect(isValidRut('12345678-5')).toBe(true);
    expect(isValidRut('12345678-4')).toBe(false);
    expect(customers.size).toBeGreaterThan(300);
    expect(customers.size).toBeLessThanOrEqual(400);
    const tickets = [...groupBy(sales, (l) => l.documentId).values()];
    const identified = tickets.filter((t) => t[0]?.customerId !== null).length / tickets.length;
    expect(identified).toBeGreaterThan(0.3);
    expect(identified).toBeLessThan(0.4);
  });

  it('keeps a living customer base: new customers every month, and some who stopped coming', () => {
    const first = new Map<string, string>();
    const last = new Map<string, string>();
    for (const l of sales) {
      if (!l.customerId) continue;
      const date = dateOf(l);
      if ((first.get(l.customerId) ?? '9999') > date) first.set(l.customerId, date);
      if ((last.get(l.customerId) ?? '') < date) last.set(l.customerId, date);
    }
    const newByMonth = new Map<string, number>();
    for (const date of first.values())
      newByMonth.set(date.slice(0, 7), (newByMonth.get(date.slice(0, 7)) ?? 0) + 1);
    const months = [...new Set(sales.map((l) => l.localTime.slice(0, 7)))].sort();
    // The first months meet the customers who were already there (the rarer ones take a while);
    // later every month brings a few new ones, far fewer than at the start.
    const opening = Math.max(...months.slice(0, 3).map((month) => newByMonth.get(month) ?? 0));
    for (const [i, month] of months.entries()) {
      if (i >= 3) expect(newByMonth.get(month) ?? 0, month).toBeGreaterThanOrEqual(3);
      if (i >= 6) expect(newByMonth.get(month) ?? 0, month).toBeLessThan(opening / 2);
    }
    // Some customers stopped buying: no purchase in the last 90 days.
    const gone = [...last.values()].filter((date) => date < '2026-08-23').length / last.size;
    expect(gone).toBeGreaterThan(0.1);
    expect(gone).toBeLessThan(0.5);
  });

  it('issues credit notes for 0.5–3% of documents that reverse an earlier ticket', () => {
    const documents = groupBy(lines, (l) => l.documentId);
    const creditNotes = [...documents.entries()].filter(([id]) => id.startsWith('NC-'));
    const share = creditNotes.length / documents.size;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.03);

    const salesByBranch = groupBy(sales, (l) => l.locationName);
    for (const [, ncLines] of creditNotes) {
      const nc = ncLines[0];
      if (!nc) throw new Error('empty credit note');
      const earliest = new Date(`${dateOf(nc)}T00:00:00Z`);
      earliest.setUTCDate(earliest.getUTCDate() - 7);
      const window = earliest.toISOString().slice(0, 10);
      // Some ticket at the same branch within the previous 7 days had all the returned lines.
      const candidates = groupBy(
        (salesByBranch.get(nc.locationName) ?? []).filter(
          (l) => l.localTime < nc.localTime && dateOf(l) >= window && l.customerId === nc.customerId,
        ),
        (l) => l.documentId,
      );
      const matches = [...candidates.values()].some((ticket) =>
        ncLines.every((r) =>
          ticket.some(
            (s) =>
              s.sku === r.sku &&
              s.unitPrice === r.unitPrice &&
              s.unit === r.unit &&
              s.quantity >= -r.quantity &&
              (s.unit === 'un' || s.quantity === -r.quantity),
          ),
        ),
      );
      expect(matches, nc.documentId).toBe(true);
    }
    for (const r of returns) {
      expect(r.isReturn).toBe(true);
      expect(r.quantity).toBeLessThan(0);
      expect(r.total).toBeLessThan(0);
    }
  });
});
