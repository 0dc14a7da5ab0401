/**
 * Nelder–Mead minimisation (standard coefficients: reflection 1, expansion 2, contraction ½,
 * shrink ½). Deterministic: same start, same answer.
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  options: { step?: number; maxIterations?: number; tolerance?: number } = {},
): { x: number[]; value: number; iterations: number; converged: boolean } {
  const n = start.length;
  const step = options.step ?? 0.5;
  const maxIterations = options.maxIterations ?? 2000;
  const tolerance = options.tolerance ?? 1e-9;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let simplex = [start.slice()];
  for (let i = 0; i < n; i++) {
    const vertex = start.slice();
    vertex[i] = (vertex[i] as number) + step;
    simplex.push(vertex);
  }
  let values = simplex.map(value);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    simplex = order.map(([, i]) => simplex[i] as number[]);
    values = order.map(([v]) => v);
    const best = values[0] as number;
    const worst = values[n] as number;
    if (Math.abs(worst - best) <= tolerance * (Math.abs(best) + 1e-12) && iteration > 0) {
      return { x: simplex[0] as number[], value: best, iterations: iteration, converged: true };
    }
    const centroid = new Array(n).fill(0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) centroid[j] += (simplex[i] as number[])[j] as number;
    for (let j = 0; j < n; j++) centroid[j] /= n;
    const along = (t: number) =>
      centroid.map((c, j) => c + t * (((simplex[n] as number[])[j] as number) - c));
    const reflected = along(-1);
    const fr = value(reflected);
    if (fr < best) {
      const expanded = along(-2);
      const fe = value(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < (values[n - 1] as number)) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < worst ? along(-0.5) : along(0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, worst)) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        const first = simplex[0] as number[];
        for (let i = 1; i <= n; i++) {
          simplex[i] = first.map((b, j) => b + 0.5 * (((simplex[i] as number[])[j] as number) - b));
          values[i] = value(simplex[i] as number[]);
        }
      }
    }
  }
  const at = values.indexOf(Math.min(...values));
  return {
    x: simplex[at] as number[],
    value: values[at] as number,
    iterations: maxIterations,
    converged: false,
  };
}

/**
 * A small L2 penalty on the log-parameters, added to the mean negative log-likelihood: data the
 * model fits only in a limit (say, every customer buying like clockwork) would otherwise send
 * parameters to infinity; with it the optimum is finite and moves the rest by well under 1 %.
 */
export const RIDGE = 1e-4;
export const ridge = (theta: readonly number[]): number => RIDGE * theta.reduce((s, t) => s + t * t, 0);
