/**
 * Deterministic synthetic sale lines, generated one at a time (never an array): ~5k products
 * (a tenth weighed in kg), ~50k customers (on 40% of tickets), 3 branches, two years of
 * tickets in time order, 2% of tickets returns, costs on 70% of products, some discounts.
 *
 * Every line has string objects of its own, cut from one tab-separated row as the COPY reader
 * of `streamCompanyLines` cuts them: an engine fed the same few string objects over and over
 * (their hashes cached, compared by pointer) would look faster than it is on real input.
 */
import type { FeatureLine } from '../../packages/engine/src/features/types';

export interface SyntheticOptions {
  lines: number;
  seed?: number;
  products?: number;
  customers?: number;
  /** First local day and number of days covered. */
  startUtcMs?: number;
  days?: number;
}

/** mulberry32: same seed, same lines on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Product {
  id: string;
  description: string;
  category: string;
  weighed: boolean;
  priceCents: number;
  costCents: number | null;
}

const LOCATIONS = ['Casa Matriz', 'Sucursal Ñuñoa', 'Sucursal Maipú'];

export function* syntheticLines(options: SyntheticOptions): Generator<FeatureLine> {
  const next = random(options.seed ?? 42);
  const productCount = options.products ?? 5000;
  const customerCount = options.customers ?? 50_000;
  const start = options.startUtcMs ?? Date.UTC(2024, 0, 1, 12);
  const spanMs = (options.days ?? 730) * 86_400_000;
  const products: Product[] = Array.from({ length: productCount }, (_, i) => {
    const weighed = next() < 0.1;
    const priceCents = Math.round((300 + next() ** 2 * 30_000) * (weighed ? 10 : 1)) * 100;
    return {
      id: `SKU-${String(i + 1).padStart(5, '0')}`,
      description: `Producto ${i + 1}`,
      category: `Categoría ${(i % 40) + 1}`,
      weighed,
      priceCents,
      costCents: next() < 0.7 ? Math.round(priceCents * (0.5 + next() * 0.2)) : null,
    };
  });
  const customers = Array.from({ length: customerCount }, (_, i) => `${10_000_000 + i * 7}-${i % 10}`);
  const averageLinesPerTicket = 3;
  const tickets = Math.ceil(options.lines / averageLinesPerTicket);
  let emitted = 0;
  for (let ticket = 0; emitted < options.lines; ticket++) {
    // Tickets move forward in time with jitter; shops open 08:00-22:00 local (≈ 11:00-01:00 UTC).
    const day = Math.floor((ticket / tickets) * (spanMs / 86_400_000));
    const soldAt = start + day * 86_400_000 + Math.floor(next() * 14 * 3_600_000) - 3 * 3_600_000;
    const transId = `B-${ticket + 1}`;
    const isReturn = next() < 0.02;
    const customerId = next() < 0.4 ? (customers[Math.floor(next() ** 1.5 * customerCount)] as string) : null;
    const location = LOCATIONS[Math.floor(next() * LOCATIONS.length)] as string;
    const lineCount = 1 + Math.floor(next() * 5);
    for (let l = 0; l < lineCount && emitted < options.lines; l++, emitted++) {
      const product = products[Math.floor(next() ** 2 * productCount)] as Product;
      const quantity = product.weighed
        ? Math.round((0.1 + next() * 2.4) * 1000) / 1000
        : 1 + Math.floor(next() ** 3 * 4);
      const sign = isReturn ? -1 : 1;
      const discounted = next() < 0.1;
      const totalCents = Math.round(product.priceCents * quantity * (discounted ? 0.9 : 1));
      const unitType = product.weighed ? 'kg' : 'unidad';
      const text = `${transId}\t${product.id}\t${customerId ?? ''}\t${product.category}\t${location}\t${product.description}\t${unitType}`;
      const fields = text.split('\t') as [string, string, string, string, string, string, string];
      yield {
        soldAt,
        transId: fields[0],
        productId: fields[1],
        quantity: sign * quantity,
        priceTotal: (sign * totalCents) / 100,
        costTotal:
          product.costCents === null ? null : (sign * Math.round(product.costCents * quantity)) / 100,
        discountTotal: discounted ? (sign * Math.round(product.priceCents * quantity * 0.1)) / 100 : 0,
        customerId: customerId === null ? null : fields[2],
        category: fields[3],
        location: fields[4],
        description: fields[5],
        unitType: fields[6],
      };
    }
  }
}
