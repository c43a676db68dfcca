// The bed's movements as actigraphy-like activity counts per epoch: 200 × the movements that began in
// the epoch, leaving out those that belong to a series of periodic limb movements
// (periodic-movements.ts), which come in sleep without waking. Counting movements rather than their
// size means a violent turn in sleep weighs no more than a twitch, while the repeated fidgets of
// someone lying awake add up past Cole–Kripke's wake threshold. The form and the constant were chosen
// by sweeps on simulated nights of development seeds and checked on others (docs/bed-estimators.md).
// An epoch with nobody on the bed counts as heavy activity, as a wrist device would see someone
// walking about.
import type { BedEpoch } from "./epoch-estimator.ts";
import { periodicBursts } from "./periodic-movements.ts";

export const bedCountsPerMovement = 200;
/** Activity given to an epoch with the bed empty. */
export const outOfBedCounts = 10_000;

export type CountedEpoch = Pick<BedEpoch, "startS" | "occupied" | "movementBursts" | "bursts">;

/** Movements per epoch that belong to a periodic series (by the epoch their burst began in). */
export function periodicMovementsPerEpoch(epochs: readonly CountedEpoch[]): number[] {
  const perEpoch = new Array<number>(epochs.length).fill(0);
  const first = epochs[0];
  if (!first) return perEpoch;
  const epochS = epochs.length > 1 ? (epochs[1]?.startS ?? 0) - first.startS : 30;
  const bursts = epochs.flatMap((epoch) => epoch.bursts);
  const periodic = periodicBursts(bursts);
  bursts.forEach((burst, i) => {
    const index = Math.floor((burst.startS - first.startS) / epochS);
    if (periodic[i] && index >= 0 && index < perEpoch.length) perEpoch[index] = (perEpoch[index] ?? 0) + 1;
  });
  return perEpoch;
}

/** Activity counts per epoch for the sleep/wake scorer. */
export function bedActivityCounts(epochs: readonly CountedEpoch[]): number[] {
  const periodic = periodicMovementsPerEpoch(epochs);
  return epochs.map((epoch, i) =>
    epoch.occupied
      ? bedCountsPerMovement * Math.max(0, epoch.movementBursts - (periodic[i] ?? 0))
      : outOfBedCounts,
  );
}
