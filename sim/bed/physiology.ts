// Heart and breathing as oscillators with realistic variability. Both are stepped once per sample;
// the heart's rate is pulled by sleep state, drifts slowly, and swings with breathing (respiratory
// sinus arrhythmia, RSA); breathing varies breath by breath and can stop (apnoea).
import type { BedState } from "./scenario.ts";

/**
 * Ballistocardiogram morphology as a sum of Gaussian waves H, I, J, K, L, M: offset after the
 * heartbeat (s), relative amplitude, width (s). The shape follows the classic description of the
 * BCG complex (small H, deep I, dominant J, deep K, then damped L/M) within ~0.35 s.
 */
const bcgWaves: ReadonlyArray<readonly [offsetS: number, amplitude: number, widthS: number]> = [
  [0.0, 0.25, 0.018],
  [0.05, -0.55, 0.02],
  [0.1, 1, 0.022],
  [0.16, -0.7, 0.025],
  [0.22, 0.3, 0.03],
  [0.29, -0.15, 0.035],
];
/** Span of the textbook complex around the beat instant (s); scale it with the resident's time scale. */
export const bcgSpanS = { before: 0.08, after: 0.42 } as const;

/** BCG complex value `seconds` after the beat instant (J-wave peak = 1 at the textbook shape). */
export function bcgWaveform(seconds: number, timeScale = 1, gains: readonly number[] = []): number {
  let value = 0;
  bcgWaves.forEach(([offset, amplitude, width], wave) => {
    const z = (seconds - offset * timeScale) / (width * timeScale);
    value += (gains[wave] ?? 1) * amplitude * Math.exp(-0.5 * z * z);
  });
  return value;
}

/** Grid step of the tabulated complex; linear interpolation between steps errs by < 0.1 % of J. */
const templateStepS = 0.0005;

/** One resident's BCG complex, tabulated once so a night does not evaluate six exponentials per sample. */
export class BcgTemplate {
  readonly beforeS: number;
  readonly afterS: number;
  private readonly table: Float64Array;

  constructor(timeScale = 1, gains: readonly number[] = []) {
    this.beforeS = bcgSpanS.before * timeScale;
    this.afterS = bcgSpanS.after * timeScale;
    const steps = Math.ceil((this.beforeS + this.afterS) / templateStepS) + 2;
    this.table = new Float64Array(steps);
    for (let i = 0; i < steps; i++)
      this.table[i] = bcgWaveform(i * templateStepS - this.beforeS, timeScale, gains);
  }

  /** The complex `seconds` after the beat instant; 0 outside its span. */
  at(seconds: number): number {
    const x = (seconds + this.beforeS) / templateStepS;
    const i = Math.floor(x);
    if (i < 0 || i + 1 >= this.table.length) return 0;
    const a = this.table[i] ?? 0;
    return a + ((this.table[i + 1] ?? 0) - a) * (x - i);
  }
}

/**
 * Breath shape over one cycle (phase 0–1): inhale in the first `inhaleShare` of the cycle, slower
 * exhale; range −0.5..0.5.
 */
export function breathWaveform(phase: number, inhaleShare = 0.4): number {
  if (phase < inhaleShare) return -0.5 * Math.cos((Math.PI * phase) / inhaleShare);
  return 0.5 * Math.cos((Math.PI * (phase - inhaleShare)) / (1 - inhaleShare));
}

interface BreathingTargets {
  rateFactor: number;
  variability: number;
  depth: number;
}

/** REM sleep breathes irregularly, much as when awake (and unlike the regular breathing of NREM). */
const remBreathing: BreathingTargets = { rateFactor: 1, variability: 0.13, depth: 0.9 };

const breathingByState: Record<BedState, BreathingTargets> = {
  asleep: { rateFactor: 0.92, variability: 0.06, depth: 1 },
  in_bed_awake: { rateFactor: 1.05, variability: 0.14, depth: 1.1 },
  sitting_up: { rateFactor: 1.1, variability: 0.14, depth: 0.85 },
  moving: { rateFactor: 1.1, variability: 0.14, depth: 1.1 },
  empty: { rateFactor: 1.2, variability: 0.1, depth: 1 },
};

/** Breathing oscillator: each breath draws its own rate and depth around a slowly drifting level. */
export class Breathing {
  phase = 0;
  ratePerMin: number;
  private breathDepth = 1;
  private drift = 0;

  constructor(
    private readonly baseRatePerMin: number,
    private readonly normal: () => number,
    private readonly inhaleShare = 0.4,
  ) {
    this.ratePerMin = baseRatePerMin;
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
      const targets = rem ? remBreathing : breathingByState[state];
      const level = this.baseRatePerMin * targets.rateFactor + this.drift;
      this.ratePerMin = clamp(level * (1 + targets.variability * this.normal()), 6, 36);
      this.breathDepth = targets.depth * clamp(1 + 0.1 * this.normal(), 0.6, 1.4);
    }
    return this.breathDepth * breathWaveform(this.phase, this.inhaleShare);
  }
}

export interface HeartTargets {
  restingBpm: number;
  sleepDropBpm: number;
  /** Random beat-to-beat jitter, standard deviation (s). */
  beatJitterS?: number;
  /** Mayer wave (~0.1 Hz baroreflex oscillation of the heart rate): peak amplitude and frequency. */
  mayerWaveBpm?: number;
  mayerWaveHz?: number;
}

const heartOffsetByState: Record<BedState, number> = {
  asleep: 0,
  in_bed_awake: 0,
  sitting_up: 5,
  moving: 8,
  empty: 12,
};

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

  constructor(
    private readonly targets: HeartTargets,
    private readonly normal: () => number,
  ) {
    this.level = targets.restingBpm;
    this.rateBpm = targets.restingBpm;
  }

  /** Once a second: slow drift (Ornstein–Uhlenbeck, ~3 bpm over ~5 min) and approach to the state's level. */
  tickSecond(state: BedState, rem = false): void {
    // In REM the heart rate comes back up near its waking level.
    const drop = state === "asleep" ? this.targets.sleepDropBpm * (rem ? 0.3 : 1) : 0;
    const target = this.targets.restingBpm + heartOffsetByState[state] - drop;
    this.level += (target - this.level) / 40;
    this.drift += -this.drift / 300 + 3 * Math.sqrt(2 / 300) * this.normal();
    this.arousal *= Math.exp(-1 / 15);
    this.mayerPhase += 0.15 * this.normal();
  }

  /** A brief heart-rate rise, e.g. after an apnoea or with a movement. */
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
        mayerWaveBpm * Math.sin(this.mayerPhase),
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

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
