// This resident's personal threshold: the fill at which they usually void, learned from their voids.
//
// Rule: keep the volumes just before the last 20 learned voids (a void found across a detachment is not
// used: its "before" is extrapolated). The urge voids are the top group: those at least 80 % of the
// 90th percentile. Voids made before the urge (prompted on a toileting round, before an outing) come
// at lower fills and do not say when the urge comes, so they are left out; the reference is taken that
// high so that the group is still found when little more than a tenth of the remembered voids are
// urge ones (a resident on toileting rounds). The threshold is the 30th percentile of the group:
// slightly below the typical void, because the urge comes before the void and the wait for the toilet
// varies. Its spread (for the forecast uncertainty) is IQR / 1.35 of the same volumes, at least 8 %.
// Before any void: the starting threshold (a share of capacity) with a 25 % spread. A fixed threshold
// (settings or the set_threshold command) overrides the learned one while the learning continues.
// Pure: learnVoid(state, volumeMl) → state; thresholdOf(state) → estimate.

import type { VoidVolumeModel } from "./notice-odds.ts";

export const REMEMBERED_VOIDS = 20;
/** The urge voids are the top group: those at least this share of the 90th percentile of the volumes. */
const URGE_REFERENCE_QUANTILE = 0.9;
const URGE_GROUP_SHARE = 0.8;
const THRESHOLD_QUANTILE = 0.3;
const MIN_SPREAD_SHARE = 0.08;
const UNLEARNED_SPREAD_SHARE = 0.25;

export interface VoidThresholdState {
  startMl: number;
  fixedMl: number | null;
  voidsMl: readonly number[];
}

export interface ThresholdEstimate {
  thresholdMl: number;
  spreadMl: number;
  source: "fixed" | "learned" | "initial";
  /** Voids the learned value rests on. */
  voids: number;
}

export function initialVoidThreshold(startMl: number, fixedMl: number | null): VoidThresholdState {
  return { startMl, fixedMl, voidsMl: [] };
}

export function learnVoid(state: VoidThresholdState, volumeBeforeMl: number): VoidThresholdState {
  return { ...state, voidsMl: [...state.voidsMl, volumeBeforeMl].slice(-REMEMBERED_VOIDS) };
}

export const fixThreshold = (state: VoidThresholdState, fixedMl: number | null): VoidThresholdState => ({
  ...state,
  fixedMl,
});

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

/** The void volumes that speak for the urge: routine early voids removed, ascending. */
export function urgeVoids(voidsMl: readonly number[]): number[] {
  const sorted = [...voidsMl].sort((a, b) => a - b);
  const reference = quantile(sorted, URGE_REFERENCE_QUANTILE);
  return sorted.filter((volume) => volume >= URGE_GROUP_SHARE * reference);
}

/** Spread of the urge voids: IQR / 1.35, at least 8 % (wider with fewer than four voids). */
function spreadOf(kept: readonly number[], centreMl: number): number {
  const iqr = quantile(kept, 0.75) - quantile(kept, 0.25);
  const floorShare = kept.length >= 4 ? MIN_SPREAD_SHARE : UNLEARNED_SPREAD_SHARE / kept.length;
  return Math.max(iqr / 1.35, floorShare * centreMl);
}

/**
 * Spread of this resident's void volume in the next cycle, predicted from n urge voids: the spread of
 * the voids from their upper half, (P75 − P50) / 0.674 (the group is cut below, where voids before the
 * urge are left out, not above), at least 8 %, pooled with one pseudo-void at the unlearned spread
 * (25 %) so that a few voids do not claim a narrow spread, plus the uncertainty of their median (s²/n).
 */
function predictiveSpreadOf(kept: readonly number[], medianMl: number): number {
  const n = kept.length;
  const sample = Math.max((quantile(kept, 0.75) - medianMl) / 0.6745, MIN_SPREAD_SHARE * medianMl);
  const prior = UNLEARNED_SPREAD_SHARE * medianMl;
  const pooled = (prior ** 2 + n * sample ** 2) / (1 + n);
  return Math.sqrt(pooled * (1 + 1 / n));
}

/**
 * The volume at which this resident voids when the urge drives it, as a distribution over filling
 * cycles; null while the threshold is fixed by staff. Its centre is the median of the n urge voids
 * pooled with the starting threshold as one pseudo-void, (start + n · median) / (n + 1), as the spread
 * is pooled with one pseudo-void: a single void (perhaps an early one that passed as an urge void) does
 * not yet replace what was assumed before it.
 */
export function voidVolumeModel(state: VoidThresholdState): VoidVolumeModel | null {
  if (state.fixedMl !== null) return null;
  const kept = urgeVoids(state.voidsMl);
  if (kept.length === 0) return { meanMl: state.startMl, sdMl: UNLEARNED_SPREAD_SHARE * state.startMl };
  const medianMl = quantile(kept, 0.5);
  const meanMl = (state.startMl + kept.length * medianMl) / (1 + kept.length);
  return { meanMl, sdMl: predictiveSpreadOf(kept, medianMl) };
}

export function thresholdOf(state: VoidThresholdState): ThresholdEstimate {
  const kept = urgeVoids(state.voidsMl);
  if (state.fixedMl !== null) {
    return {
      thresholdMl: state.fixedMl,
      spreadMl: MIN_SPREAD_SHARE * state.fixedMl,
      source: "fixed",
      voids: kept.length,
    };
  }
  if (kept.length === 0) {
    return {
      thresholdMl: state.startMl,
      spreadMl: UNLEARNED_SPREAD_SHARE * state.startMl,
      source: "initial",
      voids: 0,
    };
  }
  const thresholdMl = quantile(kept, THRESHOLD_QUANTILE);
  return { thresholdMl, spreadMl: spreadOf(kept, thresholdMl), source: "learned", voids: kept.length };
}
