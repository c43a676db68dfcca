// Body movement from the motion band (> 1 Hz): its RMS, summed over channels and expressed as a
// share of the body load, is ~0.1–0.3 % at rest (heartbeat, breathing harmonics, noise) and
// several percent when a limb or the trunk moves.

export const movementThresholds = {
  /** Intensity (share of body load) above which a hop counts as movement. */
  moving: 0.006,
  /** Resting level assumed when no body load is known: intensity = motion / (quiet / this). */
  assumedQuiet: 0.002,
} as const;

export interface MovementHop {
  /** Motion RMS summed over channels, as a share of the body load. */
  intensity: number;
  moving: boolean;
}

/** Tracks a low quantile of the motion level for recordings where the body load is unknown. */
export class MovementDetector {
  private quiet: number | null = null;

  /** `motionRms` summed over channels (counts); `bodyLoad` in counts or null when unknown. */
  update(motionRms: number, bodyLoad: number | null): MovementHop {
    const quiet = this.trackQuiet(motionRms);
    const reference = bodyLoad !== null && bodyLoad > 0 ? bodyLoad : quiet / movementThresholds.assumedQuiet;
    const intensity = reference > 0 ? motionRms / reference : 0;
    return { intensity, moving: intensity > movementThresholds.moving };
  }

  /** A 10th-percentile tracker: steps down fast, up slowly. */
  private trackQuiet(value: number): number {
    if (this.quiet === null || !(this.quiet > 0)) {
      this.quiet = value;
      return value;
    }
    this.quiet *= value < this.quiet ? 0.97 : 1.003;
    return this.quiet;
  }
}
