// Everything on a surface-EMG lead that is not muscle: mains pickup (50 Hz in eastern Japan, 60 Hz in the
// west), slow baseline wander, motion artefacts and white amplifier noise.

import type { Rng } from "../random.ts";
import type { MainsSpec, MotionArtefactSpec } from "./scenario.ts";

/** One block of the grid's phase, shared by every lead: sin/cos of the fundamental and of the third harmonic. */
export interface MainsPhaseBlock {
  sin1: Float64Array;
  cos1: Float64Array;
  sin3: Float64Array;
  cos3: Float64Array;
  /** Slow amplitude modulation (people moving near cables changes the coupling). */
  gain: Float64Array;
}

export class MainsPhase {
  private readonly startPhase: number;
  private readonly wanderPeriodsS: [number, number];
  private readonly wanderPhases: [number, number];
  private readonly gainPeriodS: number;
  private readonly gainPhase: number;

  constructor(
    private readonly spec: MainsSpec,
    private readonly sampleRateHz: number,
    random: Rng,
  ) {
    this.startPhase = random.uniform(0, 2 * Math.PI);
    this.wanderPeriodsS = [random.uniform(40, 90), random.uniform(7, 20)];
    this.wanderPhases = [random.uniform(0, 2 * Math.PI), random.uniform(0, 2 * Math.PI)];
    this.gainPeriodS = random.uniform(10, 40);
    this.gainPhase = random.uniform(0, 2 * Math.PI);
  }

  /** Grid frequency at a time: nominal plus a slow bounded wander. */
  frequencyAt(timeS: number): number {
    const [p1, p2] = this.wanderPeriodsS;
    const [q1, q2] = this.wanderPhases;
    const wander =
      0.6 * Math.sin((2 * Math.PI * timeS) / p1 + q1) + 0.4 * Math.sin((2 * Math.PI * timeS) / p2 + q2);
    return this.spec.frequencyHz + this.spec.maxDeviationHz * wander;
  }

  /**
   * Grid phase at a time: the integral of `frequencyAt`, in closed form so that every block partition gives
   * the same phase (no accumulation across blocks).
   */
  phaseAt(timeS: number): number {
    const [p1, p2] = this.wanderPeriodsS;
    const [q1, q2] = this.wanderPhases;
    const wander =
      0.6 * p1 * (Math.cos(q1) - Math.cos((2 * Math.PI * timeS) / p1 + q1)) +
      0.4 * p2 * (Math.cos(q2) - Math.cos((2 * Math.PI * timeS) / p2 + q2));
    return this.startPhase + 2 * Math.PI * this.spec.frequencyHz * timeS + this.spec.maxDeviationHz * wander;
  }

  next(startSample: number, n: number): MainsPhaseBlock {
    const block: MainsPhaseBlock = {
      sin1: new Float64Array(n),
      cos1: new Float64Array(n),
      sin3: new Float64Array(n),
      cos3: new Float64Array(n),
      gain: new Float64Array(n),
    };
    const gainStep = (2 * Math.PI) / (this.gainPeriodS * this.sampleRateHz);
    for (let i = 0; i < n; i++) {
      const phase = this.phaseAt((startSample + i) / this.sampleRateHz);
      const s = Math.sin(phase);
      const c = Math.cos(phase);
      block.sin1[i] = s;
      block.cos1[i] = c;
      block.sin3[i] = 3 * s - 4 * s * s * s;
      block.cos3[i] = 4 * c * c * c - 3 * c;
      block.gain[i] = 1 + 0.2 * Math.sin(gainStep * (startSample + i) + this.gainPhase);
    }
    return block;
  }
}

/** Adds one lead's mains pickup: its own amplitude and phase relative to the grid. */
export function addMains(
  out: Float64Array,
  mains: MainsPhaseBlock,
  amplitudeUv: number,
  phase: number,
  thirdHarmonicRatio: number,
): void {
  const a1 = amplitudeUv * Math.cos(phase);
  const b1 = amplitudeUv * Math.sin(phase);
  const a3 = amplitudeUv * thirdHarmonicRatio * Math.cos(2 * phase + 1);
  const b3 = amplitudeUv * thirdHarmonicRatio * Math.sin(2 * phase + 1);
  for (let i = 0; i < out.length; i++) {
    const fundamental = a1 * (mains.sin1[i] ?? 0) + b1 * (mains.cos1[i] ?? 0);
    const third = a3 * (mains.sin3[i] ?? 0) + b3 * (mains.cos3[i] ?? 0);
    out[i] = (out[i] ?? 0) + (mains.gain[i] ?? 1) * (fundamental + third);
  }
}

/** Electrode DC offset plus two slow sinusoids (skin potential, breathing, cable sway). */
export class BaselineWander {
  private readonly components: { amplitudeUv: number; frequencyHz: number; phase: number }[];

  constructor(
    private readonly offsetUv: number,
    amplitudeUv: number,
    random: Rng,
  ) {
    this.components = [
      {
        amplitudeUv: amplitudeUv * random.uniform(0.5, 1),
        frequencyHz: random.uniform(0.03, 0.15),
        phase: random.uniform(0, 6.28),
      },
      {
        amplitudeUv: amplitudeUv * random.uniform(0.2, 0.5),
        frequencyHz: random.uniform(0.2, 0.6),
        phase: random.uniform(0, 6.28),
      },
    ];
  }

  add(out: Float64Array, startSample: number, sampleRateHz: number): void {
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + this.offsetUv;
    for (const { amplitudeUv, frequencyHz, phase } of this.components) {
      // Rotate a phasor sample by sample; the start phase is exact each block, so no error accumulates.
      const step = (2 * Math.PI * frequencyHz) / sampleRateHz;
      const start = step * startSample + phase;
      let s = Math.sin(start);
      let c = Math.cos(start);
      const ds = Math.sin(step);
      const dc = Math.cos(step);
      for (let i = 0; i < out.length; i++) {
        out[i] = (out[i] ?? 0) + amplitudeUv * s;
        const nextS = s * dc + c * ds;
        c = c * dc - s * ds;
        s = nextS;
      }
    }
  }
}

/**
 * Artefact shape: x² e^(2(1−x)), peak 1 at x = 1 (one time constant), smooth from rest. Electrode-skin
 * displacement artefacts are smooth and mostly below 20 Hz (De Luca et al. 2010, J Biomech 43:1573, the
 * reason for the 20 Hz high-pass); a kinked shape would carry unrealistic broadband energy.
 */
const artefactSpanInTimeConstants = 10;

export function addMotionArtefacts(
  out: Float64Array,
  artefacts: readonly MotionArtefactSpec[],
  channel: number,
  startSample: number,
  sampleRateHz: number,
): void {
  const blockStartMs = (startSample * 1000) / sampleRateHz;
  const blockEndMs = ((startSample + out.length) * 1000) / sampleRateHz;
  for (const artefact of artefacts) {
    const endMs = artefact.atMs + artefactSpanInTimeConstants * artefact.durationMs;
    if (endMs < blockStartMs || artefact.atMs > blockEndMs || !artefact.channels.includes(channel)) continue;
    for (let i = 0; i < out.length; i++) {
      const x = (((startSample + i) * 1000) / sampleRateHz - artefact.atMs) / artefact.durationMs;
      if (x <= 0 || x > artefactSpanInTimeConstants) continue;
      out[i] = (out[i] ?? 0) + artefact.amplitudeUv * x * x * Math.exp(2 * (1 - x));
    }
  }
}

export function addWhiteNoise(out: Float64Array, rmsUv: number, random: Rng): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + rmsUv * random.normal();
}
