// Sleep/wake per epoch from activity counts, with the Cole–Kripke (1992) one-minute scoring rule
// and Webster's rescoring rules.
//
// Cole RJ, Kripke DF, Gruen W, Mullaney DJ, Gillin JC. Automatic sleep/wake identification from
// wrist activity. Sleep 1992;15(5):461–469. One-minute version as implemented in ActiGraph's
// ActiLife: counts are divided by 100 and capped at 300, then
//   D = 0.001 × (106·A−4 + 54·A−3 + 58·A−2 + 76·A−1 + 230·A0 + 74·A+1 + 67·A+2)
// with A−k the minutes before and A+k after; D < 1 is sleep.
// Webster JB, Kripke DF, Messin S, Mullaney DJ, Wyborney G. An activity-based sleep monitor
// system for ambulatory use. Sleep 1982;5(4):389–399 — rescoring rules as listed by Cole et al.

export const coleKripkeParameters = {
  /** Weights of the minutes −4 … +2 around the scored minute. */
  weights: [106, 54, 58, 76, 230, 74, 67],
  firstOffsetMin: -4,
  scale: 0.001,
  countDivisor: 100,
  countCap: 300,
} as const;

/** Counts in the minute that ends with epoch `end` (epochs outside the night count as 0). */
function minuteCounts(counts: readonly number[], end: number, perMinute: number): number {
  let sum = 0;
  for (let j = end - perMinute + 1; j <= end; j++) sum += j >= 0 && j < counts.length ? (counts[j] ?? 0) : 0;
  return sum;
}

/**
 * Cole–Kripke's activity score D per epoch (D < 1 is sleep). Epochs of 10–60 s that divide a minute;
 * the window slides by one epoch.
 */
export function coleKripkeActivity(counts: readonly number[], epochS: number): number[] {
  const perMinute = Math.round(60 / epochS);
  const p = coleKripkeParameters;
  return counts.map((_, i) => {
    let d = 0;
    p.weights.forEach((weight, k) => {
      const minute = minuteCounts(counts, i + (p.firstOffsetMin + k) * perMinute, perMinute);
      d += weight * Math.min(minute / p.countDivisor, p.countCap);
    });
    return d * p.scale;
  });
}

/** True = sleep, per epoch (Cole–Kripke's D < 1). */
export function scoreColeKripke(counts: readonly number[], epochS: number): boolean[] {
  return coleKripkeActivity(counts, epochS).map((d) => d < 1);
}

interface Run {
  sleep: boolean;
  start: number;
  length: number;
}

function runsOf(sleep: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  sleep.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.sleep === value) last.length++;
    else runs.push({ sleep: value, start: i, length: 1 });
  });
  return runs;
}

/**
 * Webster's rules, in minutes: after ≥ 4 min wake the next 1 min of sleep is wake; after ≥ 10 min,
 * the next 3; after ≥ 15 min, the next 4. Sleep of ≤ 6 min between ≥ 10 min of wake on both sides
 * is wake, and so is sleep of ≤ 10 min between ≥ 20 min of wake.
 */
export function rescoreWebster(sleep: readonly boolean[], epochS: number): boolean[] {
  const m = Math.round(60 / epochS);
  const out = [...sleep];
  const runs = runsOf(sleep);
  runs.forEach((run, r) => {
    if (!run.sleep) return;
    const before = runs[r - 1];
    const after = runs[r + 1];
    const wakeBefore = before ? before.length : 0;
    const wakeAfter = after ? after.length : 0;
    const surrounded = (sleepMin: number, wakeMin: number) =>
      run.length <= sleepMin * m && wakeBefore >= wakeMin * m && wakeAfter >= wakeMin * m;
    if (surrounded(6, 10) || surrounded(10, 20)) {
      out.fill(false, run.start, run.start + run.length);
      return;
    }
    const rescoredMin = wakeBefore >= 15 * m ? 4 : wakeBefore >= 10 * m ? 3 : wakeBefore >= 4 * m ? 1 : 0;
    out.fill(false, run.start, run.start + Math.min(run.length, rescoredMin * m));
  });
  return out;
}

/** Cole–Kripke then Webster: the full actigraphy scorer. */
export function scoreSleepWake(counts: readonly number[], epochS: number): boolean[] {
  return rescoreWebster(scoreColeKripke(counts, epochS), epochS);
}
