import { nelderMead, ridge } from './nelder-mead';
import { hyp2f1, lnGamma, logAddExp } from './special';

/** One customer's history in BG/NBD terms (times in weeks). */
export interface RecencyFrequency {
  /** Repeat purchases: purchase days − 1. */
  x: number;
  /** Time from the first to the last purchase. */
  tx: number;
  /** Time from the first purchase to the end of the data. */
  T: number;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** −log-likelihood of BG/NBD (Fader, Hardie & Lee 2005) at log-parameters θ = ln(r, α, a, b). */
export function bgNbdNegLogLikelihood(theta: readonly number[], data: readonly RecencyFrequency[]): number {
  const [r, alpha, a, b] = theta.map(Math.exp) as [number, number, number, number];
  // The Γ terms depend on x only: computed once per distinct x.
  const byX = new Map<number, number>();
  const base = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
  let total = 0;
  for (const { x, tx, T } of data) {
    let gammas = byX.get(x);
    if (gammas === undefined) {
      gammas = lnGamma(r + x) + lnGamma(b + x) - lnGamma(a + b + x);
      byX.set(x, gammas);
    }
    const a3 = -(r + x) * Math.log(alpha + T);
    const tail =
      x > 0 ? logAddExp(a3, Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx)) : a3;
    total += base + gammas + tail;
  }
  return -total;
}

/** Maximum-likelihood fit (Nelder–Mead on the log-parameters, restarted once from its answer). */
export function fitBgNbd(data: readonly RecencyFrequency[]): { params: BgNbdParams; converged: boolean } {
  const meanT = data.reduce((s, d) => s + d.T, 0) / data.length;
  const f = (theta: number[]) => bgNbdNegLogLikelihood(theta, data) / data.length + ridge(theta);
  let fit = nelderMead(f, [0, Math.log(Math.max(meanT, 1)), 0, 0], {
    step: 1,
    maxIterations: 3000,
    tolerance: 1e-10,
  });
  fit = nelderMead(f, fit.x, { step: 0.2, maxIterations: 3000, tolerance: 1e-10 });
  const [r, alpha, a, b] = fit.x.map(Math.exp) as [number, number, number, number];
  return { params: { r, alpha, a, b }, converged: fit.converged };
}

/** P(customer still active | history). A customer with no repeat purchase counts as alive (model assumption). */
export function probabilityAlive(p: BgNbdParams, c: RecencyFrequency): number {
  if (c.x === 0) return 1;
  const ratio = Math.exp((p.r + c.x) * (Math.log(p.alpha + c.T) - Math.log(p.alpha + c.tx)));
  return 1 / (1 + (p.a / (p.b + c.x - 1)) * ratio);
}

/** Expected purchases in the next `t` weeks given the history. */
export function expectedPurchases(p: BgNbdParams, c: RecencyFrequency, t: number): number {
  const { r, alpha, a, b } = p;
  const { x, tx, T } = c;
  const z = t / (alpha + T + t);
  const head = (a + b + x - 1) / (a - 1);
  const inner = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return (head * inner) / denominator;
}
