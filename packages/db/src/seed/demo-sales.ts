// Seeded, deterministic generator of realistic retail sales for the demo company (a minimarket in
// Santiago). Pure: no clock, no env, no IO and no Math.random — the same options give the same lines.
import {
  CATEGORY_MARGIN,
  CLOSED_DAYS,
  categoryBoost,
  DEMO_BRANCHES,
  DEMO_PRODUCTS,
  type DemoProduct,
  formatRut,
  MONTH_FACTOR,
  SPECIAL_DAYS,
  SUNDAY_HOURS,
  WEEKDAY_FACTOR,
  WEEKDAY_HOURS,
} from './demo-catalog';

export interface DemoSaleLine {
  documentId: string;
  lineNo: number;
  localTime: string;
  locationName: string;
  sku: string;
  productName: string;
  category: string;
  customerId: string | null;
  unit: 'un' | 'kg';
  quantity: number;
  unitPrice: number;
  total: number;
  isReturn: boolean;
  /** Unit cost × quantity (negative on a return); null where the shop records no cost. */
  costTotal: number | null;
  /** Promotion discount, `round(quantity × unitPrice) − total` (0 at list price), as ingestion infers it. */
  discountTotal: number;
}

export interface DemoSalesOptions {
  seed: number;
  /** 'YYYY-MM-DD', last day included. */
  endDate: string;
  months: number;
}

type Rng = () => number;

/** mulberry32: small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const BASE_TICKETS_PER_DAY = 29; // both branches, at the end of the period, on an average day
const CUSTOMER_COUNT = 400;
const CUSTOMER_TICKET_SHARE = 0.35;
/**
 * A customer base that lives: some customers were there before the data starts, the rest join
 * along it, and some stop coming. Without it every customer is "new" in the first month and
 * almost none later, which no real shop looks like.
 */
const CUSTOMERS_AT_START = 0.55;
const CUSTOMER_CHURN = 0.3;
/** Re-draws when the customer drawn is not a customer that day; then the ticket is anonymous. */
const CUSTOMER_REDRAWS = 12;
const RETURN_RATE = 0.015;
const YEARLY_GROWTH = 1.08;
/** Share of sale lines on promotion, and the promotions' discounts. */
const PROMO_SHARE = 0.06;
const PROMO_RATES = [0.1, 0.15, 0.2] as const;

/** Element access for tables whose indices are correct by construction. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Index ${index} out of range`);
  return item;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => {
    acc += w;
    out[i] = acc;
  });
  return out;
}

function pick(cum: Float64Array, rng: Rng): number {
  const target = rng() * (cum.at(-1) ?? 0);
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function poisson(mean: number, rng: Rng): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let prod = rng(); prod > limit; prod *= rng()) k++;
  return k;
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ymd = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const clock = (sec: number): string =>
  `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`;
const isClosed = (day: number): boolean => CLOSED_DAYS.has(ymd(day).slice(5));
/** Opening hours of a day as [openSec, closeSec). */
const hoursOf = (day: number): [number, number] =>
  new Date(day * DAY_MS).getUTCDay() === 0 ? [10 * 3600, 14 * 3600] : [9 * 3600, 22 * 3600];

function dateRange(endDate: string, months: number): [number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endDate);
  if (!m || !Number.isInteger(months) || months < 1)
    throw new Error(`Invalid demo sales options: ${endDate}, ${months}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const end = Date.UTC(y, mo - 1, d) / DAY_MS;
  if (ymd(end) !== endDate) throw new Error(`Invalid endDate: ${endDate}`);
  const idx = y * 12 + (mo - 1) - months;
  const [sy, sm] = [Math.floor(idx / 12), idx % 12];
  const lastDay = new Date(Date.UTC(sy, sm + 1, 0)).getUTCDate();
  return [Date.UTC(sy, sm, Math.min(d, lastDay)) / DAY_MS + 1, end];
}

interface Ticket {
  day: number;
  date: string;
  sec: number;
  branch: number;
  customerId: string | null;
  items: Item[];
}

interface Item {
  product: DemoProduct;
  quantity: number;
  /** Share of the line's list amount taken off (0: list price). */
  promo: number;
}

/** A product's unit cost in pesos: its category's margin, moved ±4 points per product (stable by SKU). */
export function unitCostOf(product: DemoProduct): number | null {
  const margin = CATEGORY_MARGIN[product.category];
  if (margin === null) return null;
  let hash = 0;
  for (const char of product.sku) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const spread = ((hash % 81) - 40) / 1000;
  return Math.round(product.price * (1 - margin - spread));
}

function drawQuantity(product: DemoProduct, rng: Rng): number {
  if (product.unit === 'un') {
    let q = product.qtyMin;
    while (q < product.qtyMax && rng() < 0.35) q++;
    return q;
  }
  const kg = product.qtyMin + ((rng() + rng()) / 2) * (product.qtyMax - product.qtyMin);
  const q = Math.round(kg * 1000) / 1000;
  return Number.isInteger(q) ? q + 0.013 : q;
}

function lineOf(
  t: Ticket,
  documentId: string,
  lineNo: number,
  { product, quantity, promo }: Item,
): DemoSaleLine {
  const listAmount = Math.round(quantity * product.price);
  const discount = Math.round(listAmount * promo) + 0;
  const unitCost = unitCostOf(product);
  return {
    documentId,
    lineNo,
    localTime: `${t.date}T${clock(t.sec)}`,
    locationName: at(DEMO_BRANCHES, t.branch).name,
    sku: product.sku,
    productName: product.name,
    category: product.category,
    customerId: t.customerId,
    unit: product.unit,
    quantity,
    unitPrice: product.price,
    total: listAmount - discount,
    isReturn: quantity < 0,
    costTotal: unitCost === null ? null : Math.round(quantity * unitCost),
    discountTotal: discount,
  };
}

export function generateDemoSales(options: DemoSalesOptions): DemoSaleLine[] {
  const [start, end] = dateRange(options.endDate, options.months);
  const rng = mulberry32(options.seed);

  const bodies = new Set<number>();
  while (bodies.size < CUSTOMER_COUNT) bodies.add(5_000_000 + Math.floor(rng() * 21_000_000));
  const customers = [...bodies].map((body) => ({
    rut: formatRut(body),
    weight: Math.exp(0.9 * gaussian(rng)),
    home: rng() < DEMO_BRANCHES[0].share ? 0 : 1,
  }));
  // Who is a customer when draws from a stream of its own, so the tickets stay those of the seed.
  const customerRng = mulberry32(options.seed ^ 0x85ebca6b);
  const lifetimes = customers.map(() => {
    const joins =
      customerRng() < CUSTOMERS_AT_START ? start : start + Math.floor(customerRng() * (end - start));
    const leaves =
      customerRng() < CUSTOMER_CHURN
        ? joins + 30 + Math.floor(customerRng() * (end - start))
        : Number.POSITIVE_INFINITY;
    return { joins, leaves };
  });
  const isCustomerOn = (index: number, day: number) => {
    const life = at(lifetimes, index);
    return day >= life.joins && day < life.leaves;
  };
  const branches = DEMO_BRANCHES.map((branch, b) => ({
    ...branch,
    customers: cumulative(customers.map((c) => c.weight * (c.home === b ? 0.88 : 0.12))),
  }));
  const productTables = Array.from({ length: 48 }, (_, key) => {
    const month = Math.floor(key / 4) + 1;
    return cumulative(
      DEMO_PRODUCTS.map((p) =>
        p.months && !p.months.includes(month) ? 0 : p.weight * categoryBoost(p.category, month, key % 4),
      ),
    );
  });
  // Promotions draw from a stream of their own, so the tickets stay those of the seed.
  const promoRng = mulberry32(options.seed ^ 0x9e3779b9);
  const weekdayHours = cumulative(WEEKDAY_HOURS);
  const sundayHours = cumulative(SUNDAY_HOURS);

  const lines: DemoSaleLine[] = [];
  const returns: Ticket[] = [];
  let ticketNo = 0;
  for (let day = start; day <= end; day++) {
    const date = ymd(day);
    if (CLOSED_DAYS.has(date.slice(5))) continue;
    const utc = new Date(day * DAY_MS);
    const [weekday, month, dom] = [utc.getUTCDay(), utc.getUTCMonth() + 1, utc.getUTCDate()];
    const payday = dom >= 28 || dom <= 3 ? 1.08 : 1;
    const dayMean =
      BASE_TICKETS_PER_DAY *
      at(WEEKDAY_FACTOR, weekday) *
      at(MONTH_FACTOR, month - 1) *
      (SPECIAL_DAYS[date.slice(5)] ?? 1) *
      payday *
      YEARLY_GROWTH ** ((day - end) / 365.25);
    const tickets: Ticket[] = [];
    branches.forEach((branch, b) => {
      const count = poisson(dayMean * branch.share * Math.exp(0.08 * gaussian(rng)), rng);
      for (let i = 0; i < count; i++) {
        const hour = weekday === 0 ? 10 + pick(sundayHours, rng) : 9 + pick(weekdayHours, rng);
        const sec = hour * 3600 + Math.floor(rng() * 3600);
        const band = weekday === 0 ? 3 : hour < 11 ? 0 : hour >= 18 ? 2 : 1;
        const table = at(productTables, (month - 1) * 4 + band);
        const stop = weekday === 0 || weekday === 6 ? 0.36 : 0.4;
        let size = 1;
        while (size < 8 && rng() > stop) size++;
        const chosen = new Set<number>();
        for (let tries = 0; chosen.size < size && tries < 30; tries++) chosen.add(pick(table, rng));
        const items = [...chosen].map((idx) => {
          const product = at(DEMO_PRODUCTS, idx);
          const promo =
            promoRng() < PROMO_SHARE ? at(PROMO_RATES, Math.floor(promoRng() * PROMO_RATES.length)) : 0;
          return { product, quantity: drawQuantity(product, rng), promo };
        });
        let customer = rng() < CUSTOMER_TICKET_SHARE ? pick(branch.customers, rng) : -1;
        for (let tries = 0; customer >= 0 && !isCustomerOn(customer, day); tries++) {
          customer = tries < CUSTOMER_REDRAWS ? pick(branch.customers, customerRng) : -1;
        }
        const customerId = customer >= 0 ? at(customers, customer).rut : null;
        tickets.push({ day, date, sec, branch: b, customerId, items });
      }
    });
    tickets.sort((a, b) => a.sec - b.sec || a.branch - b.branch);
    for (const t of tickets) {
      const documentId = `B-${pad(++ticketNo, 6)}`;
      lines.push(...t.items.map((it, i) => lineOf(t, documentId, i + 1, it)));
      if (rng() < RETURN_RATE) {
        const ret = scheduleReturn(t, end, rng);
        if (ret) returns.push(ret);
      }
    }
  }

  returns.sort((a, b) => a.day - b.day || a.sec - b.sec || a.branch - b.branch);
  returns.forEach((r, i) => {
    const documentId = `NC-${pad(i + 1, 6)}`;
    lines.push(...r.items.map((it, j) => lineOf(r, documentId, j + 1, it)));
  });

  return lines.sort(
    (a, b) => cmp(a.localTime, b.localTime) || cmp(a.documentId, b.documentId) || a.lineNo - b.lineNo,
  );
}

/** A credit note 0–7 days after the ticket at the same branch, returning some of its lines; null if too late. */
function scheduleReturn(t: Ticket, end: number, rng: Rng): Ticket | null {
  let day = t.day + Math.floor(rng() ** 1.5 * 8);
  let earliest = day === t.day ? t.sec + 900 : 0;
  for (;;) {
    const [open, close] = hoursOf(day);
    const from = Math.max(open, earliest);
    if (day > end || day > t.day + 7) return null;
    if (!isClosed(day) && from < close - 60) {
      const sec = from + Math.floor(rng() * (close - from));
      const items = t.items.filter(() => rng() < 0.5);
      const source = items.length > 0 ? items : t.items.slice(Math.floor(rng() * t.items.length)).slice(0, 1);
      // A return refunds what was paid: the sale's promotion applies to it too.
      const returned = source.map(({ product, quantity, promo }) => ({
        product,
        quantity: -(product.unit === 'un' ? 1 + Math.floor(rng() * quantity) : quantity),
        promo,
      }));
      return { day, date: ymd(day), sec, branch: t.branch, customerId: t.customerId, items: returned };
    }
    day++;
    earliest = 0;
  }
}
