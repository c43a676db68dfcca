// Logistic regression for the sleep/wake fit: iteratively reweighted least squares (Newton's method)
// with a small ridge penalty on standardised features, then the coefficients mapped back to raw units.

export interface LogisticFit {
  intercept: number;
  /** Per feature, in the feature's own units. */
  weights: number[];
}

/** Fits P(y = 1) = σ(b + w·x). Rows are feature vectors; `ridge` penalises the standardised weights. */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], ridge = 1): LogisticFit {
  const { mean, sd } = moments(rows);
  const z = rows.map((row) => [1, ...row.map((x, k) => (x - (mean[k] ?? 0)) / (sd[k] ?? 1))]);
  const w = new Array<number>(mean.length + 1).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const step = newtonStep(z, labels, w, ridge);
    for (let k = 0; k < w.length; k++) w[k] = (w[k] ?? 0) - (step[k] ?? 0);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = mean.map((_, k) => (w[k + 1] ?? 0) / (sd[k] ?? 1));
  const intercept = (w[0] ?? 0) - mean.reduce((s, m, k) => s + m * (weights[k] ?? 0), 0);
  return { intercept, weights };
}

/** Mean and standard deviation of each column (SD 1 where a column is constant). */
function moments(rows: readonly number[][]): { mean: number[]; sd: number[] } {
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of rows) for (let k = 0; k < d; k++) mean[k] = (mean[k] ?? 0) + (row[k] ?? 0) / rows.length;
  for (const row of rows)
    for (let k = 0; k < d; k++) sd[k] = (sd[k] ?? 0) + ((row[k] ?? 0) - (mean[k] ?? 0)) ** 2 / rows.length;
  return { mean, sd: sd.map((v) => Math.sqrt(v) || 1) };
}

/** Newton's step H⁻¹g of the penalised log-likelihood at `w` (the intercept is not penalised). */
function newtonStep(z: readonly number[][], labels: readonly boolean[], w: readonly number[], ridge: number) {
  const d = w.length;
  const hessian = Array.from({ length: d }, (_, a) =>
    Array.from({ length: d }, (_, b) => (a === b && a > 0 ? ridge : 0)),
  );
  const gradient = w.map((wk, k) => (k > 0 ? ridge * wk : 0));
  z.forEach((x, n) => {
    const p = 1 / (1 + Math.exp(-x.reduce((s, xk, k) => s + xk * (w[k] ?? 0), 0)));
    const weight = p * (1 - p);
    const residual = p - (labels[n] ? 1 : 0);
    for (let a = 0; a < d; a++) {
      const xa = x[a] ?? 0;
      gradient[a] = (gradient[a] ?? 0) + residual * xa;
      const row = hessian[a] as number[];
      for (let b = 0; b <= a; b++) row[b] = (row[b] ?? 0) + weight * xa * (x[b] ?? 0);
    }
  });
  for (let a = 0; a < d; a++)
    for (let b = a + 1; b < d; b++) (hessian[a] as number[])[b] = hessian[b]?.[a] ?? 0;
  return solve(hessian, gradient);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and well conditioned). */
function solve(matrix: readonly number[][], vector: readonly number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const top = a[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as number[];
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as number[];
    let sum = row[n] ?? 0;
    for (let c = r + 1; c < n; c++) sum -= (row[c] ?? 0) * (x[c] ?? 0);
    x[r] = sum / (row[r] ?? 1);
  }
  return x;
}
