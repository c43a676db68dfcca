// Body movement from the motion band (> 1 Hz): its RMS, summed over channels and expressed as a
// share of the body load, is ~0.1–0.3 % at rest (heartbeat, breathing harmonics, noise) and
// several percent when a limb or the trunk moves. Without a known body load (no empty-bed
// reference), the load is inferred from the breathing swing, which is ~1–2 % of body weight under
// the chest, or from the resting motion level, whichever is larger. Then the motion level is the RMS
// over the last second (five hops) rather than one hop: a hop is shorter than a heartbeat, and on a
// sensor that shows little but the ballistocardiogram (a piezo film, no load) a hop holding a J wave
// would otherwise pass for a movement.

export const movementThresholds = {
  /** Intensity (share of body load) above which a hop counts as movement. */
  moving: 0.006,
  /**
   * Load moved between hops (sum over channels of |change|) above this share of body load is a
   * posture shift even when it is too slow for the motion band (lying down, sitting up slowly).
   */
  shift: 0.015,
  /** Resting motion level as a share of body load, assumed when the load is unknown. */
  assumedQuiet: 0.002,
  /** Breathing swing as a share of body load, assumed when the load is unknown. */
  assumedBreathingSwing: 0.013,
} as const;

export interface MovementHop {
  /** Motion RMS summed over channels, as a share of the body load. */
  intensity: number;
  /** Motion above threshold, or a posture shift. */
  moving: boolean;
}

/** Hops in the motion level used while the body load is unknown (one second). */
const unknownLoadHops = 5;

/** Tracks a low quantile of the motion level for recordings where the body load is unknown. */
export class MovementDetector {
  private quiet: number | null = null;
  private readonly recent: number[] = [];

  /**
   * `motionRms` summed over channels (counts); `bodyLoad` in counts or null when unknown;
   * `breathingSwing` the typical breath's peak-to-peak (counts) on the strongest channel;
   * `loadChange` the sum over channels of |hop mean − previous hop mean| (counts).
   */
  update(motionRms: number, bodyLoad: number | null, breathingSwing: number, loadChange = 0): MovementHop {
    const known = bodyLoad !== null && bodyLoad > 0;
    const motion = known ? motionRms : this.lastSecond(motionRms);
    const quiet = this.trackQuiet(motion);
    const reference = known
      ? bodyLoad
      : Math.max(
          quiet / movementThresholds.assumedQuiet,
          breathingSwing / movementThresholds.assumedBreathingSwing,
        );
    const intensity = reference > 0 ? motion / reference : 0;
    const shifting = reference > 0 && loadChange / reference > movementThresholds.shift;
    return { intensity, moving: intensity > movementThresholds.moving || shifting };
  }

  /** RMS of the motion levels of the last `unknownLoadHops` hops. */
  private lastSecond(motionRms: number): number {
    this.recent.push(motionRms * motionRms);
    if (this.recent.length > unknownLoadHops) this.recent.shift();
    return Math.sqrt(this.recent.reduce((sum, x) => sum + x, 0) / this.recent.length);
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
