// Transient-free (re)starts of the EMG conditioning chain. A notch narrow enough to spare the EMG has a
// long memory (≈ 0.1 s per stage at 3 Hz): started from zero state with mains already on the lead, it lets
// the mains through for a few hundred ms. Instead, the chain is started in the steady state of what the
// lead carries: a least-squares fit of a level, a slope and the mains lines (the notch's own frequencies)
// over a short window, run in as a synthetic past. Pure functions; the filters are run by the caller.

import type { SuitDspConfig } from "./config.ts";
import type { MainsHz } from "./emg-filters.ts";
import { maxEdgeFractionOfRate } from "./emg-filters.ts";

/** A lead's slow level plus mains lines, fitted over a window; sample index 0 is the window's first. */
export interface LeadModel {
  levelUv: number;
  /** Level change per sample (baseline wander and electrode drift over the window). */
  slopeUvPerSample: number;
  lines: { radPerSample: number; cosUv: number; sinUv: number }[];
}

/** Frequencies the notch removes: fundamental and harmonics below the band edge, one family or both. */
export function mainsLineFrequencies(config: SuitDspConfig, mainsHz: MainsHz | null): number[] {
  if (config.notch.mode === "off") return [];
  const families: MainsHz[] = mainsHz === null ? [50, 60] : [mainsHz];
  return families.flatMap((fundamental) =>
    Array.from({ length: config.notch.highestHarmonic }, (_, k) => (k + 1) * fundamental).filter(
      (hz) => hz <= maxEdgeFractionOfRate * config.sampleRateHz,
    ),
  );
}

/**
 * The shortest window that separates the lines: two periods of a known fundamental, or 100 ms when both
 * 50 and 60 Hz are candidates (5 and 6 whole periods: the two families are orthogonal over it).
 */
export function primeWindowSamples(config: SuitDspConfig, mainsHz: MainsHz | null): number {
  const ms = mainsHz === null ? 100 : 2000 / mainsHz;
  return Math.max(2, Math.ceil((ms * config.sampleRateHz) / 1000));
}

/** Solves the symmetric system `a x = b` (row-major, n × n) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(a[row * n + col] ?? 0) > Math.abs(a[pivot * n + col] ?? 0)) pivot = row;
    if (Math.abs(a[pivot * n + col] ?? 0) < 1e-12) return null;
    for (let k = 0; k < n; k++) {
      const t = a[col * n + k] ?? 0;
      a[col * n + k] = a[pivot * n + k] ?? 0;
      a[pivot * n + k] = t;
    }
    const tb = b[col] ?? 0;
    b[col] = b[pivot] ?? 0;
    b[pivot] = tb;
    for (let row = col + 1; row < n; row++) {
      const factor = (a[row * n + col] ?? 0) / (a[col * n + col] ?? 1);
      for (let k = col; k < n; k++) a[row * n + k] = (a[row * n + k] ?? 0) - factor * (a[col * n + k] ?? 0);
      b[row] = (b[row] ?? 0) - factor * (b[col] ?? 0);
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row] ?? 0;
    for (let k = row + 1; k < n; k++) sum -= (a[row * n + k] ?? 0) * (x[k] ?? 0);
    x[row] = sum / (a[row * n + row] ?? 1);
  }
  return x;
}

/** Basis value k at sample i: 1, the centred ramp, then cos and sin of each line. */
function basis(k: number, i: number, centre: number, omegas: readonly number[]): number {
  if (k === 0) return 1;
  if (k === 1) return i - centre;
  const omega = omegas[(k - 2) >> 1] ?? 0;
  return k % 2 === 0 ? Math.cos(omega * i) : Math.sin(omega * i);
}

/**
 * Least-squares fit of level + slope + the lines at `frequenciesHz` over `samples` (µV). A window too
 * short to tell the lines apart (or a singular fit) yields the level and slope only.
 */
export function fitLeadModel(
  samples: Float64Array,
  sampleRateHz: number,
  frequenciesHz: readonly number[],
): LeadModel {
  const n = samples.length;
  const centre = (n - 1) / 2;
  const omegas = frequenciesHz.map((hz) => (2 * Math.PI * hz) / sampleRateHz);
  const terms = 2 + 2 * omegas.length;
  const gram = new Float64Array(terms * terms);
  const rhs = new Float64Array(terms);
  const row = new Float64Array(terms);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < terms; k++) row[k] = basis(k, i, centre, omegas);
    for (let j = 0; j < terms; j++) {
      rhs[j] = (rhs[j] ?? 0) + (row[j] ?? 0) * (samples[i] ?? 0);
      for (let k = j; k < terms; k++)
        gram[j * terms + k] = (gram[j * terms + k] ?? 0) + (row[j] ?? 0) * (row[k] ?? 0);
    }
  }
  for (let j = 0; j < terms; j++) for (let k = 0; k < j; k++) gram[j * terms + k] = gram[k * terms + j] ?? 0;
  const x = n > terms ? solve(gram, rhs, terms) : null;
  if (!x) return levelOnly(samples);
  return {
    levelUv: (x[0] ?? 0) - (x[1] ?? 0) * centre,
    slopeUvPerSample: x[1] ?? 0,
    lines: omegas.map((radPerSample, l) => ({
      radPerSample,
      cosUv: x[2 + 2 * l] ?? 0,
      sinUv: x[3 + 2 * l] ?? 0,
    })),
  };
}

function levelOnly(samples: Float64Array): LeadModel {
  const last = samples.length > 0 ? (samples[samples.length - 1] ?? 0) : 0;
  return { levelUv: last, slopeUvPerSample: 0, lines: [] };
}

/**
 * The lead's past as the model sees it: `count` samples ending just before sample index `nextIndex`,
 * holding the level the lead has at `nextIndex` (a ramp run backwards would be an artefact of its own)
 * plus the lines in their phase.
 */
export function syntheticPast(model: LeadModel, nextIndex: number, count: number): Float64Array {
  const past = new Float64Array(count);
  const level = model.levelUv + model.slopeUvPerSample * nextIndex;
  for (let k = 0; k < count; k++) {
    const i = nextIndex - count + k;
    let value = level;
    for (const line of model.lines)
      value += line.cosUv * Math.cos(line.radPerSample * i) + line.sinUv * Math.sin(line.radPerSample * i);
    past[k] = value;
  }
  return past;
}
