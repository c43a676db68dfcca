// Periodic limb movements in sleep (PLMS) look like restlessness to a movement count, yet the sleeper
// does not wake: they are short leg movements (0.5–10 s) in series of at least four, onset to onset
// 5–90 s apart (AASM/WASM scoring rules), and typically strikingly regular (20–40 s). Wake fidgets
// come at random intervals. So a series of at least four short movements whose intervals are 10–90 s
// and each within ±35 % of the one before is taken for PLMS and not counted as activity. The
// regularity requirement is ours (the scoring rules rely on the EEG to know the person is asleep).

export interface MovementBurst {
  /** Analyzer time of the first moving hop (s). */
  startS: number;
  durationS: number;
}

export const periodicMovementRules = {
  maxDurationS: 5,
  minIntervalS: 10,
  maxIntervalS: 90,
  minSeries: 4,
  /** Each interval within this share of the interval before it. */
  intervalTolerance: 0.35,
} as const;

/** For bursts in time order: true where the burst belongs to a periodic series. */
export function periodicBursts(bursts: readonly MovementBurst[]): boolean[] {
  const rules = periodicMovementRules;
  const periodic = new Array<boolean>(bursts.length).fill(false);
  let seriesStart = 0;
  const close = (end: number) => {
    if (end - seriesStart >= rules.minSeries) periodic.fill(true, seriesStart, end);
  };
  for (let i = 0; i < bursts.length; i++) {
    const burst = bursts[i] as MovementBurst;
    if (burst.durationS > rules.maxDurationS) {
      close(i);
      seriesStart = i + 1;
      continue;
    }
    if (i === seriesStart) continue;
    const previous = bursts[i - 1] as MovementBurst;
    const interval = burst.startS - previous.startS;
    const before = i - 2 >= seriesStart ? bursts[i - 2] : undefined;
    const previousInterval = before ? previous.startS - before.startS : null;
    if (interval < rules.minIntervalS || interval > rules.maxIntervalS) {
      close(i);
      seriesStart = i;
    } else if (
      previousInterval !== null &&
      Math.abs(interval / previousInterval - 1) > rules.intervalTolerance
    ) {
      close(i);
      seriesStart = i - 1;
    }
  }
  close(bursts.length);
  return periodic;
}
