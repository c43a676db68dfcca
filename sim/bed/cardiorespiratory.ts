// Heart and breathing as oscillators with realistic variability, stepped once per sample. The heart's
// rate is pulled by the sleep stage, declines over the night, drifts slowly, swings with breathing
// (respiratory sinus arrhythmia, RSA) and surges at arousals; breathing varies breath by breath, more
// in wake and REM than in NREM sleep, and can stop (apnoea). The stage dependence and its sources are
// in docs/bed-estimators.md ("Heart and breathing by sleep stage").
import { breathWaveform, clamp } from "./physiology.ts";
import type { BedState } from "./scenario.ts";

/** How the autonomic system sees the resident: awake (any waking state), NREM or REM sleep. */
export type AutonomicStage = "wake" | "nrem" | "rem";

export function autonomicStage(state: BedState, rem: boolean): AutonomicStage {
  if (state !== "asleep") return "wake";
  return rem ? "rem" : "nrem";
}

export interface BreathingTraits {
  /** Breathing rate lying quietly awake. */
  ratePerMin: number;
  /** Breath-to-breath coefficient of variation of the rate: awake, in NREM and in REM sleep. */
  awakeCv: number;
  nremCv: number;
  remCv: number;
  /** NREM and REM breathing rate relative to the awake rate. */
  nremRateFactor: number;
  remRateFactor: number;
  /** Breath size awake and in REM relative to NREM (the resident's breathing depth). */
  awakeDepthFactor: number;
  remDepthFactor: number;
  inhaleShare: number;
}

interface BreathTargets {
  rateFactor: number;
  variability: number;
  depth: number;
}

function breathTargets(traits: BreathingTraits, state: BedState, rem: boolean): BreathTargets {
  const awakeDepth = traits.awakeDepthFactor;
  switch (state) {
    case "asleep":
      return rem
        ? { rateFactor: traits.remRateFactor, variability: traits.remCv, depth: traits.remDepthFactor }
        : { rateFactor: traits.nremRateFactor, variability: traits.nremCv, depth: 1 };
    case "in_bed_awake":
      return { rateFactor: 1, variability: traits.awakeCv, depth: awakeDepth };
    case "sitting_up":
      return { rateFactor: 1.1, variability: traits.awakeCv, depth: 0.85 };
    case "moving":
      return { rateFactor: 1.1, variability: traits.awakeCv, depth: awakeDepth };
    case "empty":
      return { rateFactor: 1.2, variability: 0.1, depth: 1 };
  }
}

/** Breathing oscillator: each breath draws its own rate and depth around a slowly drifting level. */
export class Breathing {
  phase = 0;
  ratePerMin: number;
  private breathDepth = 1;
  private drift = 0;

  constructor(
    private readonly traits: BreathingTraits,
    private readonly normal: () => number,
  ) {
    this.ratePerMin = traits.ratePerMin;
  }

  /** Once a second: the breathing level wanders by about ±1 /min over minutes. */
  tickSecond(): void {
    this.drift += -this.drift / 600 + 1 * Math.sqrt(2 / 600) * this.normal();
  }

  /** Advances by dt seconds; returns the breath waveform (−0.5..0.5) scaled by this breath's depth. */
  step(dt: number, state: BedState, rem = false): number {
    this.phase += (this.ratePerMin / 60) * dt;
    if (this.phase >= 1) {
      this.phase -= 1;
      const targets = breathTargets(this.traits, state, rem);
      const level = this.traits.ratePerMin * targets.rateFactor + this.drift;
      this.ratePerMin = clamp(level * (1 + targets.variability * this.normal()), 6, 36);
      this.breathDepth = targets.depth * clamp(1 + 0.1 * this.normal(), 0.6, 1.4);
    }
    return this.breathDepth * breathWaveform(this.phase, this.traits.inhaleShare);
  }
}

export interface HeartTargets {
  /** Heart rate lying quietly awake. */
  restingBpm: number;
  /** How far NREM sleep settles below `restingBpm` (negative: above it, a "non-dipper"). */
  sleepDropBpm: number;
  /** REM sleep above the NREM level (default 0.25 × sleepDropBpm). */
  remRiseBpm?: number;
  /** Decline of the whole level over an 8-hour night (default 0). */
  nightDeclineBpm?: number;
  /** Random beat-to-beat jitter, standard deviation (s). */
  beatJitterS?: number;
  /** Mayer wave (~0.1 Hz baroreflex oscillation of the heart rate): peak amplitude and frequency. */
  mayerWaveBpm?: number;
  mayerWaveHz?: number;
}

/** Heart rate above the lying level while sitting, moving, or walking about (empty bed). */
const postureOffsetBpm: Record<BedState, number> = {
  asleep: 0,
  in_bed_awake: 0,
  sitting_up: 5,
  moving: 8,
  empty: 12,
};

/**
 * Overall heart-rate variability by stage relative to REM (Penzel et al. 2016: wake 1.15, NREM
 * 0.93–0.97): scales the slow drift. The ~0.1 Hz (low-frequency) Mayer wave is weaker in NREM
 * (Bonnet & Arand 1997); RSA is stronger in NREM (Penzel et al. 2016: 1.33–1.37 × REM, wake 0.90).
 */
const driftScale: Record<AutonomicStage, number> = { wake: 1.15, nrem: 0.95, rem: 1 };
const mayerScale: Record<AutonomicStage, number> = { wake: 1, nrem: 0.7, rem: 1 };
const sinusArrhythmiaScale: Record<AutonomicStage, number> = { wake: 1, nrem: 1.5, rem: 1.1 };

/** RSA peak-to-peak in this stage, from the resident's awake value. */
export function sinusArrhythmiaBpm(awakeBpm: number, stage: AutonomicStage): number {
  return awakeBpm * sinusArrhythmiaScale[stage];
}

const nightS = 8 * 3600;

/**
 * Heart oscillator: a beat each time the integrated rate completes a cycle. Heart-rate variability has
 * four parts: the slow drift, respiratory sinus arrhythmia, the ~0.1 Hz Mayer wave (its phase wanders
 * a little, so it is a band rather than a line) and a random jitter of each beat's timing.
 */
export class Heart {
  rateBpm: number;
  private phase = 0.5;
  private level: number;
  private drift = 0;
  private arousal = 0;
  private mayerPhase = 0;
  private mayerFactor = 1;

  constructor(
    private readonly targets: HeartTargets,
    private readonly normal: () => number,
  ) {
    this.level = targets.restingBpm;
    this.rateBpm = targets.restingBpm;
  }

  /**
   * Once a second, at night time `t` (s): slow drift (Ornstein–Uhlenbeck, ~3 bpm over ~5 min, scaled
   * by stage) and approach to the stage's level (time constant 40 s).
   */
  tickSecond(state: BedState, rem = false, t = 0): void {
    const stage = autonomicStage(state, rem);
    const { restingBpm, sleepDropBpm, remRiseBpm = 0.25 * sleepDropBpm, nightDeclineBpm = 0 } = this.targets;
    const sleepOffset = stage === "nrem" ? -sleepDropBpm : stage === "rem" ? remRiseBpm - sleepDropBpm : 0;
    const decline = nightDeclineBpm * clamp(t / nightS, 0, 1);
    const target = restingBpm + postureOffsetBpm[state] + sleepOffset - decline;
    this.level += (target - this.level) / 40;
    this.drift += -this.drift / 300 + 3 * driftScale[stage] * Math.sqrt(2 / 300) * this.normal();
    this.arousal *= Math.exp(-1 / 15);
    this.mayerPhase += 0.15 * this.normal();
    this.mayerFactor = mayerScale[stage];
  }

  /** A surge of the heart rate (an arousal, the end of an apnoea), fading over ~15 s. */
  arouse(bpm: number): void {
    this.arousal = Math.max(this.arousal, bpm);
  }

  /**
   * Advances by dt; `breathSwing` (−0.5..0.5 of the current breath) drives RSA. Returns the time
   * since the beat (s, ≥ 0) if a beat happened during this step, else −1.
   */
  step(dt: number, breathSwing: number, sinusArrhythmiaBpm: number): number {
    const { mayerWaveBpm = 0, mayerWaveHz = 0.1, beatJitterS = 0 } = this.targets;
    this.mayerPhase += 2 * Math.PI * mayerWaveHz * dt;
    this.rateBpm = clamp(
      this.level +
        this.drift +
        this.arousal +
        sinusArrhythmiaBpm * breathSwing +
        this.mayerFactor * mayerWaveBpm * Math.sin(this.mayerPhase),
      35,
      170,
    );
    const cyclesPerS = this.rateBpm / 60;
    this.phase += cyclesPerS * dt;
    if (this.phase < 1) return -1;
    this.phase -= 1;
    const beatAgo = this.phase / cyclesPerS;
    // The next beat comes early or late by a random jitter (never more than a quarter cycle).
    if (beatJitterS > 0)
      this.phase -= clamp(beatJitterS * this.normal(), -0.25 / cyclesPerS, 0.25 / cyclesPerS) * cyclesPerS;
    return beatAgo;
  }
}
