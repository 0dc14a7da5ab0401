/**
 * Least squares by the normal equations: accumulate XᵀX and Xᵀy row by row, then solve with a
 * Cholesky factorization. Designs here have at most ~20 columns and ~1,100 rows, where this is
 * exact enough and tiny. A ridge of 1e-9 × the mean diagonal keeps a rank-deficient design
 * (two effects always on the same days) solvable; it moves nothing measurable otherwise.
 */
export class NormalEquations {
  readonly xtx: Float64Array;
  readonly xty: Float64Array;
  rows = 0;

  constructor(readonly columns: number) {
    this.xtx = new Float64Array(columns * columns);
    this.xty = new Float64Array(columns);
  }

  add(x: Float64Array, y: number): void {
    const p = this.columns;
    for (let i = 0; i < p; i++) {
      const xi = x[i] as number;
      if (xi === 0) continue;
      this.xty[i] = (this.xty[i] as number) + xi * y;
      for (let j = 0; j <= i; j++)
        this.xtx[i * p + j] = (this.xtx[i * p + j] as number) + xi * (x[j] as number);
    }
    this.rows++;
  }

  /** Coefficients and (XᵀX)⁻¹, or null when the system cannot be solved. */
  solve(): { beta: Float64Array; inverse: Float64Array } | null {
    const p = this.columns;
    const a = new Float64Array(p * p);
    let trace = 0;
    for (let i = 0; i < p; i++) trace += this.xtx[i * p + i] as number;
    const ridge = (1e-9 * trace) / p;
    for (let i = 0; i < p; i++) {
      for (let j = 0; j <= i; j++) {
        const value = (this.xtx[i * p + j] as number) + (i === j ? ridge : 0);
        a[i * p + j] = value;
        a[j * p + i] = value;
      }
    }
    const lower = cholesky(a, p);
    if (lower === null) return null;
    const beta = choleskySolve(lower, p, this.xty);
    const inverse = new Float64Array(p * p);
    const unit = new Float64Array(p);
    for (let k = 0; k < p; k++) {
      unit.fill(0);
      unit[k] = 1;
      const column = choleskySolve(lower, p, unit);
      for (let i = 0; i < p; i++) inverse[i * p + k] = column[i] as number;
    }
    return { beta, inverse };
  }
}

function cholesky(a: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * p + k] as number) * (l[j * p + k] as number);
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * p + i] = Math.sqrt(sum);
      } else {
        l[i * p + j] = sum / (l[j * p + j] as number);
      }
    }
  }
  return l;
}

/** Solves L Lᵀ x = b. */
function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * p + k] as number) * (z[k] as number);
    z[i] = sum / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i] as number;
    for (let k = i + 1; k < p; k++) sum -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * p + i] as number);
  }
  return x;
}

/** xᵀ M x for a symmetric p × p matrix M. */
export function quadraticForm(m: Float64Array, x: Float64Array, p: number): number {
  let total = 0;
  for (let i = 0; i < p; i++) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    for (let j = 0; j < p; j++) total += xi * (m[i * p + j] as number) * (x[j] as number);
  }
  return total;
}
