import type { RecencyFrequency } from './bg-nbd';

/** Seeded PRNG (mulberry32): the same seed, the same customers. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, rate) by Marsaglia–Tsang (with the shape < 1 boost). */
export function gamma(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gamma(random, shape + 1, rate) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function beta(random: () => number, a: number, b: number): number {
  const x = gamma(random, a, 1);
  return x / (x + gamma(random, b, 1));
}

/** Customers drawn from BG/NBD with known parameters, each observed `T` weeks from the first purchase. */
export function simulateBgNbd(
  random: () => number,
  params: { r: number; alpha: number; a: number; b: number },
  customers: number,
  weeks: () => number,
): RecencyFrequency[] {
  const out: RecencyFrequency[] = [];
  for (let i = 0; i < customers; i++) {
    const lambda = gamma(random, params.r, params.alpha);
    const p = beta(random, params.a, params.b);
    const T = weeks();
    let t = 0;
    let x = 0;
    let tx = 0;
    // Alive at the first purchase; may drop out right after each repeat purchase.
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t > T) break;
      x++;
      tx = t;
      if (random() < p) break;
    }
    out.push({ x, tx, T });
  }
  return out;
}
