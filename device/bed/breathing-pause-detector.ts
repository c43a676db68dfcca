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
/** 8 s: half a breath at 4 /min, slower than any breathing the estimators accept. */
const staleExtremeSamples = 8 * breathingRateHz;

class SwingTracker {
  size = 0;
  private rising = true;
  private extreme = Number.NaN;
  private previousExtreme = Number.NaN;
  private extremeAge = 0;

  /** Forgets the extremes (not the breath size): swings must not span a gap in watching. */
  restart(): void {
    this.extreme = Number.NaN;
  }

  /** Returns the swing that just completed (counts), or 0. */
  step(x: number): number {
    this.size *= decay;
    // A half breath never takes this long: an older extreme is stale (a pause began), start over.
    if (Number.isNaN(this.extreme) || ++this.extremeAge > staleExtremeSamples) {
      this.extreme = x;
      this.previousExtreme = x;
      this.extremeAge = 0;
      return 0;
    }
    const hysteresis = pauseParameters.swingShare * this.size;
    const turned = this.rising ? this.extreme - x > hysteresis : x - this.extreme > hysteresis;
    if (!turned) {
      if (this.rising ? x > this.extreme : x < this.extreme) {
        this.extreme = x;
        this.extremeAge = 0;
      }
      return 0;
    }
    const swing = Math.abs(this.extreme - this.previousExtreme);
    this.previousExtreme = this.extreme;
    this.extreme = x;
    this.extremeAge = 0;
    this.rising = !this.rising;
    return swing;
  }
}

export class BreathingPauseDetector {
  /** Seconds since the last breath on any strong channel. */
  sinceBreathS = 0;
  private alarmed = false;
  private wasWatching = false;
  private swingsSinceArming = 0;
  private readonly trackers: SwingTracker[];

  constructor(
    channels: number,
    private readonly noBreathingS: number,
  ) {
    this.trackers = Array.from({ length: channels }, () => new SwingTracker());
  }

  /** Peak-to-peak of a typical recent breath on one channel (counts). */
  channelBreathSize(channel: number): number {
    return this.trackers[channel]?.size ?? 0;
  }

  /** Peak-to-peak of a typical recent breath on the strongest channel (counts). */
  get breathSize(): number {
    return Math.max(0, ...this.trackers.map((tracker) => tracker.size));
  }

  /** True when breathing has been absent long enough to count as absent in an epoch. */
  get absent(): boolean {
    return this.sinceBreathS > pauseParameters.absentAfterS;
  }

  /**
   * One 10 Hz sample per channel. `watching` is false when the bed is empty or the body moves:
   * then the pause clock restarts and the detector re-arms. `learning`: see below.
   */
  update(breathing: Float64Array, timeS: number, watching: boolean, learning = watching): BedEvent | null {
    if (watching && !this.wasWatching) for (const tracker of this.trackers) tracker.restart();
    this.wasWatching = watching;
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
      // Movement artefacts must not raise the bar; `learning` also lets breath-sized swings (< 3× the
      // bar) raise it while not watching, for recordings where movement cannot be told apart yet.
      const breathSized = tracker.size === 0 || swing < 3 * tracker.size;
      if (swing > tracker.size && (watching || (learning && breathSized))) tracker.size = swing;
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
