import { nelderMead, ridge } from './nelder-mead';
import { lnGamma } from './special';

/** A repeat customer's purchase count and average spend per purchase. */
export interface SpendHistory {
  n: number;
  mean: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** −log-likelihood of the Gamma-Gamma spend model (Fader, Hardie & Lee 2005) at θ = ln(p, q, v). */
export function gammaGammaNegLogLikelihood(theta: readonly number[], data: readonly SpendHistory[]): number {
  const [p, q, v] = theta.map(Math.exp) as [number, number, number];
  let total = 0;
  const lnV = Math.log(v);
  const lnGq = lnGamma(q);
  for (const { n, mean } of data) {
    const px = p * n;
    total +=
      lnGamma(px + q) -
      lnGamma(px) -
      lnGq +
      q * lnV +
      (px - 1) * Math.log(mean) +
      px * Math.log(n) -
      (px + q) * Math.log(n * mean + v);
  }
  return -total;
}

export function fitGammaGamma(data: readonly SpendHistory[]): {
  params: GammaGammaParams;
  converged: boolean;
} {
  // Fitted in units of the mean spend: v scales with the currency, p and q do not, and the
  // ridge then weighs the same for pesos or thousands of pesos.
  const unit = data.reduce((s, d) => s + d.mean, 0) / data.length;
  const scaled = data.map((d) => ({ n: d.n, mean: d.mean / unit }));
  const f = (theta: number[]) => gammaGammaNegLogLikelihood(theta, scaled) / scaled.length + ridge(theta);
  let fit = nelderMead(f, [0, Math.log(2), 0], { step: 1, maxIterations: 3000, tolerance: 1e-10 });
  fit = nelderMead(f, fit.x, { step: 0.2, maxIterations: 3000, tolerance: 1e-10 });
  const [p, q, v] = fit.x.map(Math.exp) as [number, number, number];
  return { params: { p, q, v: v * unit }, converged: fit.converged };
}

/** Expected spend per purchase given the history (needs q > 1). */
export function expectedSpend(g: GammaGammaParams, c: SpendHistory): number {
  return (g.p * (g.v + c.n * c.mean)) / (g.p * c.n + g.q - 1);
}
