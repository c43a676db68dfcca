// Sleep/wake from the bed sensor: the epoch's movement index becomes actigraphy-like counts, and
// the Cole–Kripke/Webster scorer does the rest. The mapping constant is our calibration, not a
// published one: one percent of body load moving for one second ≈ 40 counts, so that a minute
// with a couple of fidgets (awake in bed) lands above Cole–Kripke's wake threshold and a lone turn
// in sleep (capped at 4 % per hop) mostly does not. Epochs with nobody on the bed count as wake and
// as heavy activity, as a wrist device would see someone walking about.
import type { BedEpoch } from "./epoch-estimator.ts";
import { scoreSleepWake } from "./sleep-wake.ts";

export const bedCountsPerPercentSecond = 40;
/** Activity given to an epoch with the bed empty. */
export const outOfBedCounts = 10_000;

export function bedActivityCounts(epoch: Pick<BedEpoch, "occupied" | "movementIndex">): number {
  return epoch.occupied ? epoch.movementIndex * bedCountsPerPercentSecond : outOfBedCounts;
}

/** True = asleep, per epoch; an empty bed is never asleep. */
export function scoreBedSleep(epochs: readonly BedEpoch[], epochS: number): boolean[] {
  const scored = scoreSleepWake(epochs.map(bedActivityCounts), epochS);
  return scored.map((asleep, i) => asleep && (epochs[i]?.occupied ?? false));
}
