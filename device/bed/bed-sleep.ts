// Sleep/wake from the bed sensor: the epoch's movement index becomes actigraphy-like counts, and
// the Cole–Kripke/Webster scorer does the rest. The mapping is our calibration, not a published
// one: counts = 130 × √(movement index in %·s). The square root compresses like a wrist count does
// (a violent turn is not fifty fidgets), so a minute with a few fidgets (awake in bed) crosses
// Cole–Kripke's wake threshold while a lone turn in sleep mostly does not. The form and constant
// were chosen by sweeps on simulated nights and checked on other seeds (docs/bed-estimators.md).
// Epochs with nobody on the bed count as wake and as heavy activity, as a wrist device would see
// someone walking about.
import type { BedEpoch } from "./epoch-estimator.ts";
import { scoreSleepWake } from "./sleep-wake.ts";

export const bedCountsPerRootPercentSecond = 130;
/** Activity given to an epoch with the bed empty. */
export const outOfBedCounts = 10_000;

export function bedActivityCounts(epoch: Pick<BedEpoch, "occupied" | "movementIndex">): number {
  return epoch.occupied ? bedCountsPerRootPercentSecond * Math.sqrt(epoch.movementIndex) : outOfBedCounts;
}

/** True = asleep, per epoch; an empty bed is never asleep. */
export function scoreBedSleep(epochs: readonly BedEpoch[], epochS: number): boolean[] {
  const scored = scoreSleepWake(epochs.map(bedActivityCounts), epochS);
  return scored.map((asleep, i) => asleep && (epochs[i]?.occupied ?? false));
}
