// Building blocks of a night: each call appends segments (and the fidgets and apnoeas inside them)
// at the current time. draw-night.ts decides the order; this file knows how each episode looks.
import { exponential, pick, type Random, uniform } from "./random.ts";
import type { Apnoea, BedState, Fidget, NightSegment, Posture, ResidentProfile } from "./scenario.ts";

const lyingChoices: readonly Posture[] = ["supine", "supine", "left", "right", "left", "right", "prone"];

export class NightBuilder {
  t = 0;
  posture: Posture = "out";
  readonly segments: NightSegment[] = [];
  readonly fidgets: Fidget[] = [];
  readonly apnoeas: Apnoea[] = [];

  constructor(
    private readonly random: Random,
    private readonly resident: ResidentProfile,
  ) {}

  private add(
    state: BedState,
    posture: Posture,
    durationS: number,
    asleep: boolean,
    rampS = 0,
    intensity = 0,
  ): void {
    this.segments.push({
      startS: this.t,
      endS: this.t + durationS,
      state,
      posture,
      asleep,
      rampS: Math.min(rampS, durationS),
      movementIntensity: intensity,
    });
    this.t += durationS;
    this.posture = posture;
  }

  empty(durationS: number): void {
    const wasInBed = this.posture !== "out";
    this.add(
      "empty",
      "out",
      durationS,
      false,
      wasInBed ? uniform(this.random, 1, 2) : 0,
      wasInBed ? 0.05 : 0,
    );
  }

  /** Sit down on the bed's edge, then lie down. */
  enterBed(): void {
    this.add("sitting_up", "edge", uniform(this.random, 4, 12), false, uniform(this.random, 1, 2), 0.05);
    const lieDownS = uniform(this.random, 3, 6);
    this.add("moving", pick(this.random, lyingChoices), lieDownS, false, lieDownS, 0.08);
  }

  /** Sit up to the edge, sit a moment, stand up. */
  exitBed(): void {
    const sitUpS = uniform(this.random, 2.5, 5);
    this.add("moving", "edge", sitUpS, false, sitUpS, 0.08);
    this.add("sitting_up", "edge", uniform(this.random, 3, 20), false);
    this.addFidgetsIn(this.segments[this.segments.length - 1], this.resident.restlessnessPerMin);
  }

  /** Sit up in bed (to drink, to read), then lie down again. */
  sitUpInBed(): void {
    const upS = uniform(this.random, 2, 4);
    this.add("moving", "sitting", upS, false, upS, 0.07);
    this.add("sitting_up", "sitting", uniform(this.random, 30, 180), false);
    this.addFidgetsIn(this.segments[this.segments.length - 1], this.resident.restlessnessPerMin);
    this.turn(false, pick(this.random, lyingChoices));
  }

  turn(asleep: boolean, posture: Posture = this.otherLyingPosture()): void {
    const turnS = uniform(this.random, 2, 7);
    this.add("moving", posture, turnS, asleep, turnS, uniform(this.random, 0.05, 0.15));
  }

  /** Awake in bed: fidgets, and a turn every few minutes. `quiet` lies still (actigraphy misses it). */
  awakeInBed(durationS: number, quiet = false): void {
    const end = this.t + durationS;
    const rate = this.resident.restlessnessPerMin * (quiet ? 0.15 : 1);
    while (end - this.t > 10) {
      const stretch = Math.min(end - this.t, uniform(this.random, 120, 480));
      this.add("in_bed_awake", this.posture, stretch, false);
      this.addFidgetsIn(this.segments[this.segments.length - 1], rate);
      if (end - this.t > 20 && !quiet) this.turn(false);
    }
    if (end > this.t) this.add("in_bed_awake", this.posture, end - this.t, false);
  }

  /** Asleep: turns every 10–40 min, rare twitches, apnoeas at the resident's rate. */
  sleep(durationS: number): void {
    const end = this.t + durationS;
    while (end - this.t > 10) {
      const stretch = Math.min(end - this.t, uniform(this.random, 600, 2400));
      this.add("asleep", this.posture, stretch, true);
      const segment = this.segments[this.segments.length - 1];
      this.addApnoeasIn(segment);
      this.addFidgetsIn(segment, 0.02, 0.005, 0.015);
      if (end - this.t > 20) this.turn(true);
    }
    if (end > this.t) this.add("asleep", this.posture, end - this.t, true);
  }

  private otherLyingPosture(): Posture {
    for (;;) {
      const posture = pick(this.random, lyingChoices);
      if (posture !== this.posture) return posture;
    }
  }

  private addFidgetsIn(segment: NightSegment | undefined, perMin: number, low = 0.01, high = 0.04): void {
    if (!segment || perMin <= 0) return;
    let t = segment.startS + exponential(this.random, 60 / perMin);
    while (t < segment.endS - 6) {
      const durationS = uniform(this.random, 1, 4);
      if (!this.overlapsApnoea(t - 5, t + durationS + 5)) {
        this.fidgets.push({ startS: t, durationS, intensity: uniform(this.random, low, high) });
      }
      t += durationS + exponential(this.random, 60 / perMin);
    }
  }

  /** Apnoeas last 10–60 s (most near the short end) and keep clear of segment edges and each other. */
  private addApnoeasIn(segment: NightSegment | undefined): void {
    if (!segment || this.resident.apnoeasPerHour <= 0) return;
    let t = segment.startS + 30 + exponential(this.random, 3600 / this.resident.apnoeasPerHour);
    for (;;) {
      const durationS = Math.min(60, 10 + exponential(this.random, 12));
      if (t + durationS > segment.endS - 30) return;
      this.apnoeas.push({ startS: t, durationS });
      t += durationS + 40 + exponential(this.random, 3600 / this.resident.apnoeasPerHour);
    }
  }

  private overlapsApnoea(from: number, to: number): boolean {
    return this.apnoeas.some((a) => a.startS < to && a.startS + a.durationS > from);
  }
}
