// 95 % confidence bounds for the accuracy harnesses: Wilson score intervals for proportions of
// independent events (bed exits found), exact Poisson intervals for counts per night (false alarms),
// and a percentile bootstrap over nights for figures pooled from correlated epochs (MAE, κ, coverage).
import { Rng } from "../../sim/random.ts";
import { percentile } from "./percentile.ts";

const z95 = 1.959964;

export interface Bounds {
  low: number;
  high: number;
}

/** Wilson score interval for `successes` of `trials`, as proportions 0–1 (NaN bounds with no trials). */
export function wilson(successes: number, trials: number, z = z95): Bounds {
  if (trials <= 0) return { low: Number.NaN, high: Number.NaN };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** P(X ≤ k) for X ~ Poisson(λ). */
function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

/** The λ at which `f(λ)` crosses `target`, for f decreasing in λ (bisection). */
function solveDecreasing(f: (lambda: number) => number, target: number, high: number): number {
  let lo = 0;
  let hi = high;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact (Garwood) 95 % interval of a Poisson rate from `count` events in `exposure` units (nights):
 * the upper bound solves P(X ≤ count) = 2.5 %, the lower P(X ≥ count) = 2.5 %.
 */
export function poissonRate(count: number, exposure: number): Bounds {
  const ceiling = 10 * (count + 10);
  const high = solveDecreasing((l) => poissonCdf(count, l), 0.025, ceiling);
  const low = count === 0 ? 0 : solveDecreasing((l) => poissonCdf(count - 1, l), 0.975, ceiling);
  return { low: low / exposure, high: high / exposure };
}

/**
 * Percentile bootstrap over units (nights): `statistic` is computed on `resamples` draws with
 * replacement of the units, with a fixed seed so the bounds are reproducible.
 */
export function bootstrap<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number,
  resamples = 1000,
  seed = 1,
): Bounds {
  if (units.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = Rng.fromSeed(seed, "bootstrap");
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: units.length }, () => random.pick(units));
    const value = statistic(sample);
    if (Number.isFinite(value)) values.push(value);
  }
  return { low: percentile(values, 2.5), high: percentile(values, 97.5) };
}
