// Sleep/wake of a whole night from the bed sensor. The scorer combines movement with breathing and
// heart rate (sleep-wake-model.ts). The movement-only actigraphy scorer — the bed's movements as
// activity counts (movement-counts.ts), Cole–Kripke and Webster's rescoring — stays available, so a
// bed can be compared with wrist actigraphy on equal terms.
import { bedActivityCounts, type CountedEpoch } from "./movement-counts.ts";
import type { SleepInputEpoch } from "./sleep-measures.ts";
import { scoreSleepWake } from "./sleep-wake.ts";
import { scoreSleepWakeModel } from "./sleep-wake-model.ts";

/** True = asleep, per epoch; an empty bed is never asleep. */
export function scoreBedSleep(epochs: readonly SleepInputEpoch[], epochS: number): boolean[] {
  return scoreSleepWakeModel(epochs, epochS);
}

/** Movement only (Cole–Kripke and Webster on the bed's activity counts), as actigraphy would score. */
export function scoreBedSleepMovementOnly(epochs: readonly CountedEpoch[], epochS: number): boolean[] {
  const scored = scoreSleepWake(bedActivityCounts(epochs), epochS);
  return scored.map((asleep, i) => asleep && (epochs[i]?.occupied ?? false));
}
