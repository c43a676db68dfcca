// "No breathing for N s": watches the breathing band (10 Hz) for breaths, i.e. swings between a
// local maximum and minimum of at least 30 % of the channel's recent breath size. The breath size
// is a peak envelope that decays with a 60-s time constant, so a 60-s pause still leaves the bar
// far above the residual wiggle. Weak channels (< 25 % of the strongest) are ignored: on them,
// noise alone would pass for breathing.
import { breathingRateHz } from "./bed-config.ts";
import type { BedEvent } from "./occupancy-detector.ts";

export const pauseParameters = {
  swingShare: 0.3,
  strongChannelShare: 0.25,
  envelopeTimeConstantS: 60,
  /** Swings (half breaths) needed after getting into bed or moving before the detector may fire. */
  armingSwings: 6,
  /** In the epoch estimate, breathing counts as absent after this long without a breath. */
  absentAfterS: 10,
} as const;

const decay = Math.exp(-1 / (breathingRateHz * pauseParameters.envelopeTimeConstantS));

class SwingTracker {
  size = 0;
  private rising = true;
  private extreme = Number.NaN;
  private previousExtreme = Number.NaN;

  /** Returns the swing that just completed (counts), or 0. */
  step(x: number): number {
    this.size *= decay;
    if (Number.isNaN(this.extreme)) {
      this.extreme = x;
      this.previousExtreme = x;
      return 0;
    }
    const hysteresis = pauseParameters.swingShare * this.size;
    const turned = this.rising ? this.extreme - x > hysteresis : x - this.extreme > hysteresis;
    if (!turned) {
      if (this.rising ? x > this.extreme : x < this.extreme) this.extreme = x;
      return 0;
    }
    const swing = Math.abs(this.extreme - this.previousExtreme);
    this.previousExtreme = this.extreme;
    this.extreme = x;
    this.rising = !this.rising;
    return swing;
  }
}

export class BreathingPauseDetector {
  /** Seconds since the last breath on any strong channel. */
  sinceBreathS = 0;
  private alarmed = false;
  private swingsSinceArming = 0;
  private readonly trackers: SwingTracker[];

  constructor(
    channels: number,
    private readonly noBreathingS: number,
  ) {
    this.trackers = Array.from({ length: channels }, () => new SwingTracker());
  }

  /** True when breathing has been absent long enough to count as absent in an epoch. */
  get absent(): boolean {
    return this.sinceBreathS > pauseParameters.absentAfterS;
  }

  /**
   * One 10 Hz sample per channel. `watching` is false when the bed is empty or the body moves:
   * then the pause clock restarts and the detector re-arms.
   */
  update(breathing: Float64Array, timeS: number, watching: boolean): BedEvent | null {
    const strongest = Math.max(...this.trackers.map((tracker) => tracker.size));
    let breathed = false;
    for (let c = 0; c < this.trackers.length; c++) {
      const tracker = this.trackers[c];
      if (!tracker) continue;
      const sizeBefore = tracker.size;
      const swing = tracker.step(breathing[c] ?? 0);
      if (swing <= 0) continue;
      const strong = sizeBefore >= pauseParameters.strongChannelShare * strongest;
      if (strong && swing >= pauseParameters.swingShare * sizeBefore) breathed = true;
      if (watching && swing > tracker.size) tracker.size = swing;
    }
    return this.clock(breathed, timeS, watching);
  }

  private clock(breathed: boolean, timeS: number, watching: boolean): BedEvent | null {
    if (!watching) {
      this.sinceBreathS = 0;
      this.swingsSinceArming = 0;
      this.alarmed = false;
      return null;
    }
    if (breathed) {
      this.sinceBreathS = 0;
      this.swingsSinceArming++;
      if (this.alarmed) {
        this.alarmed = false;
        return { kind: "breathing_resumed", timeS };
      }
      return null;
    }
    this.sinceBreathS += 1 / breathingRateHz;
    const armed = this.swingsSinceArming >= pauseParameters.armingSwings;
    if (armed && !this.alarmed && this.sinceBreathS >= this.noBreathingS) {
      this.alarmed = true;
      return { kind: "no_breathing", timeS };
    }
    return null;
  }
}
