/**
 * A small seeded PRNG (mulberry32): the same seed gives the same file on every machine and
 * Node version, which Math.random cannot promise.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element; `skew` > 1 favours the first ones (a rough popularity curve). */
  pick<T>(items: readonly T[], skew?: number): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items, skew = 1) => items[Math.floor(next() ** skew * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}
