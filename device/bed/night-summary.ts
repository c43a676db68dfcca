// Night summary from scored epochs, in the usual actigraphy terms. Time in bed is time on the bed
// (the sensor knows it); wake after sleep onset counts wake in bed between the first sustained
// sleep and the last sleep epoch; time out of bed in between is reported apart.

export interface ScoredEpoch {
  occupied: boolean;
  asleep: boolean;
}

export interface NightSummary {
  timeInBedMin: number;
  totalSleepTimeMin: number;
  /** Total sleep time / time in bed, percent; null with no time in bed. */
  sleepEfficiencyPct: number | null;
  /** From the first epoch on the bed to sleep onset; null if no sleep. */
  sleepOnsetLatencyMin: number | null;
  wakeAfterSleepOnsetMin: number;
  outOfBedAfterSleepOnsetMin: number;
  /** Wake stretches (in or out of bed) of at least `minAwakeningS` between onset and final awakening. */
  awakenings: number;
}

/** Sleep onset is the first epoch of the first run of this much sleep. */
export const sleepOnsetRunMin = 5;

export function summarizeNight(
  epochs: readonly ScoredEpoch[],
  epochS: number,
  minAwakeningS = 60,
): NightSummary {
  const minutes = (n: number) => (n * epochS) / 60;
  const inBed = epochs.filter((e) => e.occupied).length;
  const asleep = epochs.filter((e) => e.occupied && e.asleep).length;
  const onset = sleepOnset(epochs, Math.ceil((sleepOnsetRunMin * 60) / epochS));
  const firstInBed = epochs.findIndex((e) => e.occupied);
  let lastSleep = -1;
  epochs.forEach((e, i) => {
    if (e.occupied && e.asleep) lastSleep = i;
  });
  let waso = 0;
  let outOfBed = 0;
  let awakenings = 0;
  let wakeRun = 0;
  const minRun = Math.max(1, Math.ceil(minAwakeningS / epochS));
  for (let i = onset; onset >= 0 && i <= lastSleep; i++) {
    const epoch = epochs[i];
    if (!epoch) continue;
    const awake = !(epoch.occupied && epoch.asleep);
    if (awake && epoch.occupied) waso++;
    if (!epoch.occupied) outOfBed++;
    wakeRun = awake ? wakeRun + 1 : 0;
    if (wakeRun === minRun) awakenings++;
  }
  return {
    timeInBedMin: minutes(inBed),
    totalSleepTimeMin: minutes(asleep),
    sleepEfficiencyPct: inBed > 0 ? (100 * asleep) / inBed : null,
    sleepOnsetLatencyMin: onset >= 0 && firstInBed >= 0 ? minutes(onset - firstInBed) : null,
    wakeAfterSleepOnsetMin: minutes(waso),
    outOfBedAfterSleepOnsetMin: minutes(outOfBed),
    awakenings,
  };
}

function sleepOnset(epochs: readonly ScoredEpoch[], runLength: number): number {
  let run = 0;
  for (let i = 0; i < epochs.length; i++) {
    const epoch = epochs[i];
    run = epoch?.occupied && epoch.asleep ? run + 1 : 0;
    if (run === runLength) return i - runLength + 1;
  }
  return -1;
}
