// Building blocks of a night: each call appends segments (and the fidgets and apnoeas inside them)
// at the current time. draw-night.ts decides the order; this file knows how each episode looks.
import type { Rng } from "../random.ts";
import type { Apnoea, BedState, Fidget, NightSegment, Posture, ResidentProfile } from "./scenario.ts";

const lyingChoices: readonly Posture[] = ["supine", "supine", "left", "right", "left", "right", "prone"];

export class NightBuilder {
  t = 0;
  posture: Posture = "out";
  readonly segments: NightSegment[] = [];
  readonly fidgets: Fidget[] = [];
  readonly apnoeas: Apnoea[] = [];

  constructor(
    private readonly random: Rng,
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
    this.add("empty", "out", durationS, false, wasInBed ? this.random.uniform(1, 2) : 0, wasInBed ? 0.05 : 0);
  }

  /** Sit down on the bed's edge, then lie down. */
  enterBed(): void {
    this.add("sitting_up", "edge", this.random.uniform(4, 12), false, this.random.uniform(1, 2), 0.05);
    const lieDownS = this.random.uniform(3, 6);
    this.add("moving", this.random.pick(lyingChoices), lieDownS, false, lieDownS, 0.08);
  }

  /** Sit up to the edge, sit a moment, stand up. */
  exitBed(): void {
    const sitUpS = this.random.uniform(2.5, 5);
    this.add("moving", "edge", sitUpS, false, sitUpS, 0.08);
    this.add("sitting_up", "edge", this.random.uniform(3, 20), false);
    this.addFidgetsIn(this.segments[this.segments.length - 1], this.resident.restlessnessPerMin);
  }

  /** Sit up in bed (to drink, to read), then lie down again. */
  sitUpInBed(): void {
    const upS = this.random.uniform(2, 4);
    this.add("moving", "sitting", upS, false, upS, 0.07);
    this.add("sitting_up", "sitting", this.random.uniform(30, 180), false);
    this.addFidgetsIn(this.segments[this.segments.length - 1], this.resident.restlessnessPerMin);
    this.turn(false, this.random.pick(lyingChoices));
  }

  turn(asleep: boolean, posture: Posture = this.otherLyingPosture()): void {
    const turnS = this.random.uniform(2, 7);
    this.add("moving", posture, turnS, asleep, turnS, this.random.uniform(0.05, 0.15));
  }

  /** Awake in bed: fidgets, and a turn every few minutes. `quiet` lies still (actigraphy misses it). */
  awakeInBed(durationS: number, quiet = false): void {
    const end = this.t + durationS;
    const rate = this.resident.restlessnessPerMin * (quiet ? 0.15 : 1);
    while (end - this.t > 10) {
      const stretch = Math.min(end - this.t, this.random.uniform(120, 480));
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
      const stretch = Math.min(end - this.t, this.random.uniform(600, 2400));
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
      const posture = this.random.pick(lyingChoices);
      if (posture !== this.posture) return posture;
    }
  }

  private addFidgetsIn(segment: NightSegment | undefined, perMin: number, low = 0.01, high = 0.04): void {
    if (!segment || perMin <= 0) return;
    let t = segment.startS + this.random.exponential(60 / perMin);
    while (t < segment.endS - 6) {
      const durationS = this.random.uniform(1, 4);
      if (!this.overlapsApnoea(t - 5, t + durationS + 5)) {
        this.fidgets.push({ startS: t, durationS, intensity: this.random.uniform(low, high) });
      }
      t += durationS + this.random.exponential(60 / perMin);
    }
  }

  /** Apnoeas last 10–60 s (most near the short end) and keep clear of segment edges and each other. */
  private addApnoeasIn(segment: NightSegment | undefined): void {
    if (!segment || this.resident.apnoeasPerHour <= 0) return;
    let t = segment.startS + 30 + this.random.exponential(3600 / this.resident.apnoeasPerHour);
    for (;;) {
      const durationS = Math.min(60, 10 + this.random.exponential(12));
      if (t + durationS > segment.endS - 30) return;
      this.apnoeas.push({ startS: t, durationS });
      t += durationS + 40 + this.random.exponential(3600 / this.resident.apnoeasPerHour);
    }
  }

  private overlapsApnoea(from: number, to: number): boolean {
    return this.apnoeas.some((a) => a.startS < to && a.startS + a.durationS > from);
  }
}
