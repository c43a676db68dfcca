// A BedEpoch for tests of what consumes epochs (sleep/wake, the night): 30 s in bed, nothing measured,
// movements as given.
import type { BedEpoch } from "./epoch-estimator.ts";

export function fixtureEpoch(fields: Partial<BedEpoch>): BedEpoch {
  return {
    startS: 0,
    durationS: 30,
    occupancy: 1,
    occupied: true,
    sitting: 0,
    heartRateBpm: null,
    heartRateQuality: "poor",
    heartBeats: null,
    breathingRatePerMin: null,
    breathingQuality: "poor",
    breathIntervalsS: [],
    movementIndex: 0,
    movingShare: 0,
    movementBursts: 0,
    bursts: [],
    ...fields,
  };
}
