// Where the bed's sleep/wake scoring errs, by true stage: which share of NREM, REM and wake epochs each
// scorer calls asleep, wake split by whether the resident moved within ±2 min, and where in a REM
// episode its epochs scored awake lie. For development nights only (bed-sleep-fit.ts --stages).
import { scoreBedSleep, scoreBedSleepMovementOnly } from "../../device/bed/bed-sleep.ts";
import type { SleepNight } from "./bed-sleep-data.ts";

const epochS = 30;
/** Movement "nearby" and an episode's "edge": within this many epochs (2 min, 3 min). */
const nearbyEpochs = 4;
const edgeEpochs = 6;

interface Tally {
  epochs: number;
  model: number;
  movementOnly: number;
}

/** Lines of the report, ready to print. */
export function stageReport(nights: readonly SleepNight[]): string[] {
  const tallies = new Map<string, Tally>();
  const rem = { awake: 0, awakeNearEdge: 0, epochs: 0, nearEdge: 0 };
  for (const night of nights) {
    const model = scoreBedSleep(night.epochs, epochS);
    const movementOnly = scoreBedSleepMovementOnly(night.epochs, epochS);
    night.stage.forEach((stage, i) => {
      if (!night.inBed[i]) return;
      const key =
        stage === "wake" ? `wake, ${movedNearby(night, i) ? "a" : "no"} movement within ±2 min` : stage;
      const tally = tallies.get(key) ?? { epochs: 0, model: 0, movementOnly: 0 };
      tally.epochs++;
      if (model[i]) tally.model++;
      if (movementOnly[i]) tally.movementOnly++;
      tallies.set(key, tally);
      if (stage !== "rem") return;
      const nearEdge = distanceToEdge(night.stage, i) < edgeEpochs;
      rem.epochs++;
      if (nearEdge) rem.nearEdge++;
      if (!model[i]) rem.awake++;
      if (!model[i] && nearEdge) rem.awakeNearEdge++;
    });
  }
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  return [
    ...[...tallies].map(
      ([key, t]) =>
        `${key}: ${t.epochs} epochs, scored asleep ${pct(t.model, t.epochs)} (movement only ${pct(t.movementOnly, t.epochs)})`,
    ),
    `REM scored awake: ${pct(rem.awakeNearEdge, rem.awake)} of them within 3 min of the episode's start or end, where ${pct(rem.nearEdge, rem.epochs)} of REM epochs lie`,
  ];
}

function movedNearby(night: SleepNight, i: number): boolean {
  for (
    let j = Math.max(0, i - nearbyEpochs);
    j <= Math.min(night.movements.length - 1, i + nearbyEpochs);
    j++
  )
    if ((night.movements[j] ?? 0) > 0) return true;
  return false;
}

function distanceToEdge(stages: readonly string[], i: number): number {
  let start = i;
  while (start > 0 && stages[start - 1] === stages[i]) start--;
  let end = i;
  while (end < stages.length - 1 && stages[end + 1] === stages[i]) end++;
  return Math.min(i - start, end - i);
}
