import { describe, expect, it } from 'vitest';
import { expectedPurchases, fitBgNbd, probabilityAlive } from './bg-nbd';
import { expectedSpend, fitGammaGamma, type SpendHistory } from './gamma-gamma';
import { gamma, mulberry32, simulateBgNbd } from './simulate.testkit';
import { hyp2f1, lnGamma } from './special';

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual / expected - 1)).toBeLessThan(relative);

describe('special functions', () => {
  it('lnGamma matches factorials and Γ(½) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(6)).toBeCloseTo(Math.log(120), 11);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 11);
  });
  it('₂F₁(1, 1; 2; z) = −ln(1 − z)/z', () => {
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 10);
  });
});

describe('BG/NBD', () => {
  const truth = { r: 0.5, alpha: 5, a: 0.8, b: 3 };
  const random = mulberry32(42);
  const data = simulateBgNbd(random, truth, 8000, () => 26 + random() * 52);

  it('recovers the parameters it was simulated from', () => {
    const { params, converged } = fitBgNbd(data);
    expect(converged).toBe(true);
    within(params.r, truth.r, 0.15);
    within(params.alpha, truth.alpha, 0.2);
    within(params.a, truth.a, 0.3);
    within(params.b, truth.b, 0.35);
  });

  it('P(alive): recent frequent buyers near 1, long-gone frequent buyers low', () => {
    const p = truth;
    expect(probabilityAlive(p, { x: 10, tx: 51, T: 52 })).toBeGreaterThan(0.9);
    expect(probabilityAlive(p, { x: 10, tx: 5, T: 52 })).toBeLessThan(0.05);
    expect(probabilityAlive(p, { x: 0, tx: 0, T: 52 })).toBe(1);
  });

  it('expected purchases grow with frequency and with the horizon', () => {
    const slow = expectedPurchases(truth, { x: 1, tx: 40, T: 52 }, 52);
    const fast = expectedPurchases(truth, { x: 10, tx: 50, T: 52 }, 52);
    expect(fast).toBeGreaterThan(slow);
    expect(expectedPurchases(truth, { x: 10, tx: 50, T: 52 }, 104)).toBeGreaterThan(fast);
    // A customer with no history: the population mean rate r/α per week, less dropouts.
    expect(expectedPurchases(truth, { x: 0, tx: 0, T: 0 }, 1)).toBeLessThanOrEqual(
      truth.r / truth.alpha + 1e-9,
    );
  });
});

describe('Gamma-Gamma', () => {
  it('recovers p, q and v from simulated spend', () => {
    const truth = { p: 6, q: 4, v: 15_000 };
    const random = mulberry32(7);
    const data: SpendHistory[] = [];
    for (let i = 0; i < 6000; i++) {
      const nu = gamma(random, truth.q, truth.v);
      const n = 2 + Math.floor(random() * 8);
      let sum = 0;
      for (let k = 0; k < n; k++) sum += gamma(random, truth.p, nu);
      data.push({ n, mean: sum / n });
    }
    const { params } = fitGammaGamma(data);
    within(params.p, truth.p, 0.15);
    within(params.q, truth.q, 0.15);
    within(params.v, truth.v, 0.2);
    // The expected spend shrinks an extreme average toward the population mean p·v/(q − 1).
    const population = (truth.p * truth.v) / (truth.q - 1);
    const high = expectedSpend(truth, { n: 2, mean: population * 3 });
    expect(high).toBeLessThan(population * 3);
    expect(high).toBeGreaterThan(population);
  });
});
