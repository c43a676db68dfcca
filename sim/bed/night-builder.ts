// Building blocks of a night: each call appends segments (and the movements and apnoeas inside them)
// at the current time. draw-night.ts decides the order; this file knows how each episode looks.
// Wake is partly spent lying still (a per-resident share, as in older adults with insomnia) and sleep
// has its own movements that are not wake: periodic limb movements, brief movement arousals, arm
// movements and twitches (sleep-movements.ts).
import type { Rng } from "../random.ts";
import type {
  Apnoea,
  BedState,
  Confuser,
  ConfuserKind,
  ExternalLoad,
  Fidget,
  MovementSite,
  NightSegment,
  Posture,
  ResidentProfile,
} from "./scenario.ts";
import { isLying } from "./scenario.ts";
import { addSleepMovements } from "./sleep-movements.ts";

const lyingChoices: readonly Posture[] = ["supine", "supine", "left", "right", "left", "right", "prone"];

/** Awake movements: share that are arm-only (the bed hardly feels them). */
const armShareAwake = 0.3;
/** Lying still while awake: movements at this fraction of the resident's usual rate, no turns. */
const stillRateFactor = 0.1;
/** A turn in sleep ends at the bed's edge this often (beside the sensor strip). */
const edgeTurnChance = 0.12;

export interface SegmentOptions {
  rampS?: number;
  intensity?: number;
  coverage?: number;
}

export class NightBuilder {
  t = 0;
  posture: Posture = "out";
  coverage = 1;
  readonly segments: NightSegment[] = [];
  readonly fidgets: Fidget[] = [];
  readonly apnoeas: Apnoea[] = [];
  readonly externalLoads: ExternalLoad[] = [];
  readonly confusers: Confuser[] = [];
  private edgeSinceS: number | null = null;
  /** Sleep cycles (NREM then REM): time into the current cycle, its length, and how many came before. */
  private cycleS = 0;
  private cycleLengthS = 0;
  private cycleIndex = 0;
  /** Draws for heart-rate surges, apart from `random` so that the night's script does not shift. */
  readonly autonomic: Rng;

  constructor(
    readonly random: Rng,
    readonly resident: ResidentProfile,
  ) {
    this.autonomic = random.fork("autonomic");
  }

  /** A heart-rate surge of `share` × the resident's arousal response (varied ±40 %), or none. */
  surgeBpm(share: number): number | undefined {
    const rise = this.resident.arousalHeartRateRiseBpm ?? 0;
    if (rise <= 0) return undefined;
    return Math.round(rise * share * this.autonomic.uniform(0.6, 1.4) * 10) / 10;
  }

  add(
    state: BedState,
    posture: Posture,
    durationS: number,
    asleep: boolean,
    options: SegmentOptions & { rem?: boolean; heartRateRiseBpm?: number | undefined } = {},
  ) {
    const coverage = isLying(posture) ? (options.coverage ?? this.coverage) : 1;
    this.trackEdge(coverage);
    this.segments.push({
      startS: this.t,
      endS: this.t + durationS,
      state,
      posture,
      asleep,
      rampS: Math.min(options.rampS ?? 0, durationS),
      movementIntensity: options.intensity ?? 0,
      ...(coverage < 1 ? { coverage } : {}),
      ...(options.rem ? { rem: true } : {}),
      ...(options.heartRateRiseBpm ? { heartRateRiseBpm: options.heartRateRiseBpm } : {}),
    });
    this.t += durationS;
    this.posture = posture;
    this.coverage = coverage;
    return this.segments[this.segments.length - 1] as NightSegment;
  }

  /** Annotates a stretch lying at the bed's edge, from the move there to the move away. */
  private trackEdge(coverage: number): void {
    if (coverage < 1 && this.edgeSinceS === null) this.edgeSinceS = this.t;
    if (coverage >= 1 && this.edgeSinceS !== null) {
      this.annotate("edge_lying", this.edgeSinceS, this.t);
      this.edgeSinceS = null;
    }
  }

  annotate(kind: ConfuserKind, startS: number, endS: number): void {
    this.confusers.push({ kind, startS, endS });
  }

  empty(durationS: number): void {
    const wasInBed = this.posture !== "out";
    const rampS = wasInBed ? this.random.uniform(1, 2) : 0;
    this.add("empty", "out", durationS, false, { rampS, intensity: wasInBed ? 0.05 : 0 });
  }

  /** Sit down on the bed's edge, then lie down. */
  enterBed(): void {
    this.add("sitting_up", "edge", this.random.uniform(4, 12), false, {
      rampS: this.random.uniform(1, 2),
      intensity: 0.05,
    });
    this.lieDown(false);
  }

  lieDown(asleep: boolean): void {
    const lieDownS = this.random.uniform(3, 6);
    this.add("moving", this.random.pick(lyingChoices), lieDownS, asleep, {
      rampS: lieDownS,
      intensity: 0.08,
      coverage: 1,
    });
  }

  /** Sit up to the edge and sit there a moment (then stand up, or lie back down). */
  sitOnEdge(minS: number, maxS: number): void {
    const sitUpS = this.random.uniform(2.5, 5);
    this.add("moving", "edge", sitUpS, false, { rampS: sitUpS, intensity: 0.08 });
    const seat = this.add("sitting_up", "edge", this.random.uniform(minS, maxS), false);
    this.addMovementsIn(seat, this.resident.restlessnessPerMin, "body");
  }

  exitBed(): void {
    this.sitOnEdge(3, 20);
  }

  /** Sits on the edge as if to get up, then lies back down: no exit. */
  abortedExit(): void {
    const startS = this.t;
    this.sitOnEdge(3, 60);
    this.lieDown(false);
    this.annotate("aborted_exit", startS, this.t);
  }

  /** Sit up in bed (to drink, to read), then lie down again. */
  sitUpInBed(): void {
    const upS = this.random.uniform(2, 4);
    this.add("moving", "sitting", upS, false, { rampS: upS, intensity: 0.07 });
    const seat = this.add("sitting_up", "sitting", this.random.uniform(30, 180), false);
    this.addMovementsIn(seat, this.resident.restlessnessPerMin, "body");
    this.turn(false, this.random.pick(lyingChoices), 1);
  }

  turn(asleep: boolean, posture: Posture = this.otherLyingPosture(), coverage = 1, rampS = 0): void {
    const turnS = rampS > 0 ? rampS : this.random.uniform(2, 7);
    const intensity = this.random.uniform(0.05, 0.15);
    this.add("moving", posture, turnS, asleep, { rampS: turnS, intensity, coverage });
  }

  /**
   * Awake in bed, in stretches of 2–8 min; each stretch is spent lying still with the resident's
   * still-wake share (no turns, rare movements), else with fidgets, arm movements and a turn. Waking
   * from sleep comes with a heart-rate surge.
   */
  awakeInBed(durationS: number, still?: boolean): void {
    // After a long time awake, sleep starts over with NREM.
    if (durationS >= 900) this.cycleS = 0;
    const end = this.t + durationS;
    while (end - this.t > 10) {
      const quiet = still ?? this.random.chance(this.resident.stillWakeShare ?? 0.05);
      const stretch = Math.min(end - this.t, this.random.uniform(120, 480));
      const fromSleep = this.segments[this.segments.length - 1]?.asleep === true;
      const segment = this.add("in_bed_awake", this.posture, stretch, false, {
        heartRateRiseBpm: fromSleep ? this.surgeBpm(1) : undefined,
      });
      const rate = this.resident.restlessnessPerMin * (quiet ? stillRateFactor : 1);
      this.addMovementsIn(segment, rate * (1 - armShareAwake), "body");
      this.addMovementsIn(segment, rate * armShareAwake, "arm");
      if (end - this.t > 20 && !quiet) this.turn(false);
    }
    if (end > this.t) this.add("in_bed_awake", this.posture, end - this.t, false);
  }

  /**
   * Asleep: turns every 10–40 min (some to the bed's edge), apnoeas, and the movements of sleep. Sleep
   * runs in cycles of 80–110 min that end in REM (15 % of the first cycle, up to 35 % later).
   */
  sleep(durationS: number): void {
    const end = this.t + durationS;
    while (end - this.t > 10) {
      const stage = this.sleepStage();
      const stretch = Math.min(end - this.t, this.random.uniform(600, 2400), Math.max(30, stage.leftS));
      this.cycleS += stretch;
      const segment = this.add("asleep", this.posture, stretch, true, { rem: stage.rem });
      if (!stage.rem) this.addApnoeasIn(segment);
      addSleepMovements(this, segment);
      if (end - this.t > 20 && !stage.rem) {
        const toEdge = this.coverage >= 1 && this.random.chance(edgeTurnChance);
        this.turn(true, this.otherLyingPosture(), toEdge ? this.random.uniform(0.5, 0.85) : 1);
      }
    }
    if (end > this.t) this.add("asleep", this.posture, end - this.t, true);
  }

  /** The stage now, and how long it lasts (starting a new cycle when the last one is over). */
  private sleepStage(): { rem: boolean; leftS: number } {
    if (this.cycleLengthS === 0 || this.cycleS >= this.cycleLengthS) {
      if (this.cycleLengthS > 0) this.cycleIndex++;
      this.cycleS = 0;
      this.cycleLengthS = this.random.uniform(4800, 6600);
    }
    const remS = this.cycleLengthS * Math.min(0.35, 0.15 + 0.07 * this.cycleIndex);
    const remStartS = this.cycleLengthS - remS;
    if (this.cycleS < remStartS) return { rem: false, leftS: remStartS - this.cycleS };
    return { rem: true, leftS: this.cycleLengthS - this.cycleS };
  }

  otherLyingPosture(): Posture {
    for (;;) {
      const posture = this.random.pick(lyingChoices);
      if (posture !== this.posture) return posture;
    }
  }

  /** Movements of 1–4 s at `perMin` (Poisson) inside a segment, clear of apnoeas. */
  addMovementsIn(segment: NightSegment, perMin: number, site: MovementSite, low = 0.01, high = 0.04): void {
    if (perMin <= 0) return;
    let t = segment.startS + this.random.exponential(60 / perMin);
    while (t < segment.endS - 6) {
      const durationS = this.random.uniform(1, 4);
      this.addMovement(t, durationS, this.random.uniform(low, high), site);
      t += durationS + this.random.exponential(60 / perMin);
    }
  }

  /** One movement, unless it would touch an apnoea (it would hide the pause from the detector). */
  addMovement(
    startS: number,
    durationS: number,
    intensity: number,
    site: MovementSite,
    heartRateRiseBpm?: number,
  ): void {
    if (this.overlapsApnoea(startS - 5, startS + durationS + 5)) return;
    this.fidgets.push({
      startS,
      durationS,
      intensity,
      ...(site === "body" ? {} : { site }),
      ...(heartRateRiseBpm ? { heartRateRiseBpm } : {}),
    });
  }

  /** Apnoeas last 10–60 s (most near the short end) and keep clear of segment edges and each other. */
  private addApnoeasIn(segment: NightSegment): void {
    const perHour = this.resident.apnoeasPerHour;
    if (perHour <= 0) return;
    let t = segment.startS + 30 + this.random.exponential(3600 / perHour);
    for (;;) {
      const durationS = Math.min(60, 10 + this.random.exponential(12));
      if (t + durationS > segment.endS - 30) return;
      this.apnoeas.push({ startS: t, durationS });
      t += durationS + 40 + this.random.exponential(3600 / perHour);
    }
  }

  overlapsApnoea(from: number, to: number): boolean {
    return this.apnoeas.some((a) => a.startS < to && a.startS + a.durationS > from);
  }
}
