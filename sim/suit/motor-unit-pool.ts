// A pool of motor units seen by one surface electrode: recruitment by drive level, rate coding and
// MUAP superposition. Structure after Fuglevand, Winter & Patla 1993 (J Neurophysiol 70:2470): recruitment
// thresholds spread exponentially over a 30-fold range, firing from 8 Hz at recruitment up to a peak rate
// that is lower for later-recruited units ("onion skin", De Luca & Hostage 2010, J Neurophysiol 104:1034),
// inter-spike intervals with ~15 % coefficient of variation.

import type { Rng } from "../random.ts";
import type { MuapShape } from "./muap.ts";
import { renderMuap, templateEnergy } from "./muap.ts";

export interface MotorUnitPoolOptions {
  unitCount: number;
  /** Drive at which the last unit is recruited. */
  lastRecruitmentDrive: number;
  recruitmentRange: number;
  minRateHz: number;
  /** Peak rate of the first and of the last recruited unit. */
  firstPeakRateHz: number;
  lastPeakRateHz: number;
  /** Drive above a unit's threshold at which it reaches its peak rate. */
  rateCodingSpan: number;
  intervalVariation: number;
  /** Smallest conduction-velocity factor this pool will see, to size the template lookahead. */
  minCvFactor: number;
}

export const defaultPoolOptions: MotorUnitPoolOptions = {
  unitCount: 100,
  lastRecruitmentDrive: 0.6,
  recruitmentRange: 30,
  minRateHz: 8,
  firstPeakRateHz: 35,
  lastPeakRateHz: 25,
  rateCodingSpan: 0.3,
  intervalVariation: 0.15,
  minCvFactor: 0.6,
};

interface MotorUnit {
  threshold: number;
  peakRateHz: number;
  amplitudeUv: number;
  shape: MuapShape;
  random: Rng;
  template: Float64Array;
  templateEpoch: number;
  nextFiringSample: number;
  firing: boolean;
}

const idleCheckMs = 5;
/** Templates follow the conduction velocity in steps of this length (fatigue takes minutes). */
const templateEpochMs = 500;

export class MotorUnitPool {
  /** Firings are decided this many samples ahead so a MUAP centred on its firing time is complete. */
  readonly lookaheadSamples: number;
  private readonly units: MotorUnit[];
  private carry: Float64Array;

  constructor(
    private readonly random: Rng,
    mvcRmsUv: number,
    private readonly sampleRateHz: number,
    /** Conduction-velocity factor at a time (ms), 1 = fresh muscle. */
    private readonly cvFactorAt: (timeMs: number) => number,
    private readonly options: MotorUnitPoolOptions = defaultPoolOptions,
  ) {
    const widestMs = 2.6 * 1.3 * (1 / 0.85) * (1 / options.minCvFactor);
    this.lookaheadSamples = Math.ceil((4 * widestMs * sampleRateHz) / 1000);
    this.units = this.createUnits();
    this.calibrate(mvcRmsUv);
    this.carry = new Float64Array(2 * this.lookaheadSamples + 1);
  }

  private createUnits(): MotorUnit[] {
    const { unitCount, lastRecruitmentDrive, recruitmentRange, firstPeakRateHz, lastPeakRateHz } =
      this.options;
    const units: MotorUnit[] = [];
    for (let i = 0; i < unitCount; i++) {
      const rank = unitCount > 1 ? i / (unitCount - 1) : 0;
      const depth = this.random.uniform(0.8, 1.3);
      // Larger units have faster fibres (narrower MUAPs) and bigger potentials; depth widens and shrinks them.
      const relativeVelocity = 0.85 + 0.3 * rank;
      const polarity = this.random.chance(0.5) ? 1 : -1;
      const shape: MuapShape = {
        biphasicWeight: polarity,
        triphasicWeight: polarity * this.random.uniform(-0.6, 0.6),
        widthMs: (this.random.uniform(1.8, 2.6) * depth) / relativeVelocity,
      };
      units.push({
        threshold: (lastRecruitmentDrive / recruitmentRange) * recruitmentRange ** rank,
        peakRateHz: firstPeakRateHz + (lastPeakRateHz - firstPeakRateHz) * rank,
        amplitudeUv: 10 ** rank / (depth * depth),
        shape,
        random: this.random.fork(`unit-${i}`),
        template: new Float64Array(0),
        templateEpoch: Number.NaN,
        nextFiringSample: 0,
        firing: false,
      });
    }
    return units;
  }

  /** Scales amplitudes so that the pool's RMS at full drive equals the channel's MVC RMS. */
  private calibrate(mvcRmsUv: number): void {
    let meanSquare = 0;
    for (const unit of this.units) {
      const template = renderMuap(unit.shape, unit.amplitudeUv, 1, this.sampleRateHz, this.lookaheadSamples);
      meanSquare += (unit.peakRateHz / this.sampleRateHz) * templateEnergy(template);
    }
    const gain = meanSquare > 0 ? mvcRmsUv / Math.sqrt(meanSquare) : 0;
    for (const unit of this.units) unit.amplitudeUv *= gain;
  }

  /** The template of a unit for the fatigue epoch of a firing (conduction velocity changes slowly). */
  private templateFor(unit: MotorUnit, firingSample: number): Float64Array {
    const epoch = Math.floor((firingSample * 1000) / this.sampleRateHz / templateEpochMs);
    if (unit.templateEpoch !== epoch) {
      const cvFactor = this.cvFactorAt(epoch * templateEpochMs);
      unit.template = renderMuap(
        unit.shape,
        unit.amplitudeUv,
        cvFactor,
        this.sampleRateHz,
        this.lookaheadSamples,
      );
      unit.templateEpoch = epoch;
    }
    return unit.template;
  }

  private firingRateHz(unit: MotorUnit, drive: number): number {
    const { minRateHz, rateCodingSpan } = this.options;
    const progress = Math.min(1, (drive - unit.threshold) / rateCodingSpan);
    return minRateHz + (unit.peakRateHz - minRateHz) * progress;
  }

  /**
   * Adds this block's EMG to `out` (length n, samples [startSample, startSample + n)).
   * `lookaheadDrive` holds the drive at samples [startSample + lookahead, startSample + lookahead + n).
   * Every decision depends on absolute time and the unit's own random stream only, so any block
   * partition renders the same signal.
   */
  render(out: Float64Array, startSample: number, lookaheadDrive: Float64Array, maxDrive: number): void {
    const n = out.length;
    const accumulator = new Float64Array(n + this.carry.length);
    accumulator.set(this.carry);
    const windowStart = startSample + this.lookaheadSamples;
    for (const unit of this.units) {
      if (!unit.firing && unit.threshold > maxDrive) continue;
      unit.nextFiringSample = this.scheduleUnit(unit, accumulator, windowStart, lookaheadDrive, startSample);
    }
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + (accumulator[i] ?? 0);
    this.carry = accumulator.slice(n, n + this.carry.length);
  }

  /** Next recruitment check at or after `sample`, on a fixed grid of absolute times. */
  private nextIdleCheck(sample: number, strictlyAfter: boolean): number {
    const step = (idleCheckMs * this.sampleRateHz) / 1000;
    const index = strictlyAfter ? Math.floor(sample / step) + 1 : Math.ceil(sample / step);
    return index * step;
  }

  private scheduleUnit(
    unit: MotorUnit,
    accumulator: Float64Array,
    windowStart: number,
    drive: Float64Array,
    startSample: number,
  ) {
    const windowEnd = windowStart + drive.length;
    let t = unit.firing
      ? unit.nextFiringSample
      : this.nextIdleCheck(Math.max(unit.nextFiringSample, windowStart), false);
    while (t < windowEnd) {
      const level = drive[Math.floor(t) - windowStart] ?? 0;
      if (level < unit.threshold) {
        unit.firing = false;
        t = this.nextIdleCheck(t, true);
        continue;
      }
      const periodSamples = this.sampleRateHz / this.firingRateHz(unit, level);
      if (!unit.firing) {
        // A newly recruited unit starts at a random phase of its first interval.
        unit.firing = true;
        t += unit.random.next() * periodSamples;
        continue;
      }
      const template = this.templateFor(unit, t);
      const offset = Math.floor(t) - startSample - (template.length - 1) / 2;
      for (let k = 0; k < template.length; k++) {
        accumulator[offset + k] = (accumulator[offset + k] ?? 0) + (template[k] ?? 0);
      }
      t += periodSamples * Math.max(0.3, 1 + this.options.intervalVariation * unit.random.normal());
    }
    return t;
  }
}
