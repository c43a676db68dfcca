// Plays a night scenario as an under-mattress load signal, block by block, so an 8-hour night never
// sits in memory at once. Each channel = empty-bed offset + drift + body load + breathing + BCG
// + movement artefacts + caregivers and objects on the bed + white noise, quantised to int16 counts.

import { normalSource, Rng } from "../random.ts";
import { autonomicStage, Breathing, Heart, sinusArrhythmiaBpm } from "./cardiorespiratory.ts";
import { ExternalLoadPlayer } from "./external-load.ts";
import { MovementArtefacts, movementEpisodes } from "./movement-artefact.ts";
import { BcgTemplate, clamp } from "./physiology.ts";
import type { NightScenario, TruthSecond } from "./scenario.ts";
import { ScenarioTimeline } from "./timeline.ts";

export interface BedSignalBlock {
  startSample: number;
  frames: number;
  channels: number;
  sampleRateHz: number;
  /** Interleaved counts, frame-major: samples[frame * channels + channel]. */
  samples: Int16Array;
  /** Ground truth for every whole second that ended within this block. */
  truth: TruthSecond[];
}

/** value_in_kg = count * scale + offset (the same convention as SampleBatch). */
export function bedSignalScale(scenario: NightScenario): { scale: number; offset: number; unit: string } {
  return { scale: 1 / scenario.sensor.countsPerKg, offset: 0, unit: "kg" };
}

/** Yields the night in blocks of `blockS` seconds (the last block may be shorter). */
export function* bedSignalBlocks(scenario: NightScenario, blockS = 10): Generator<BedSignalBlock> {
  const model = new BedSignalModel(scenario);
  const rate = scenario.sensor.sampleRateHz;
  const totalFrames = Math.round(scenario.durationS * rate);
  const blockFrames = Math.max(1, Math.round(blockS * rate));
  for (let start = 0; start < totalFrames; start += blockFrames) {
    const frames = Math.min(blockFrames, totalFrames - start);
    yield model.render(start, frames, start + frames >= totalFrames);
  }
}

/** Per-second accumulator of the true rates. */
interface TruthAccumulator {
  second: number;
  samples: number;
  heartSum: number;
  breathingSum: number;
  apnoeaSamples: number;
}

class BedSignalModel {
  private readonly timeline: ScenarioTimeline;
  private readonly heart: Heart;
  private readonly breathing: Breathing;
  private readonly artefacts: MovementArtefacts;
  private readonly external: ExternalLoadPlayer;
  private readonly bcg: BcgTemplate;
  private readonly noise: () => number;
  private readonly beatNoise: () => number;
  private readonly driftNoise: () => number;
  private readonly bodyCounts: number;
  private readonly channels: number;
  private readonly rate: number;
  private readonly ring: Float64Array[];
  private readonly drift: Float64Array;
  private readonly warmth: Float64Array;
  private readonly artefact: Float64Array;
  private readonly extraLoad: Float64Array;
  /** Empty-bed reading of each channel this second: offset + drift + warmth. */
  private readonly baseline: Float64Array;
  /** Heart-rate surges of the night (awakenings, arousals), in time order, and the next one due. */
  private readonly surges: HeartRateSurge[];
  private surgeIndex = 0;
  private breathingAmplitude = 1;
  private wasApnoea = false;
  private truth: TruthAccumulator = { second: 0, samples: 0, heartSum: 0, breathingSum: 0, apnoeaSamples: 0 };

  constructor(private readonly scenario: NightScenario) {
    const { sensor, resident, seed } = scenario;
    this.channels = sensor.channels;
    this.rate = sensor.sampleRateHz;
    this.bodyCounts = resident.weightKg * sensor.countsPerKg;
    this.timeline = new ScenarioTimeline(scenario);
    this.noise = tabulatedNormals(Rng.fromSeed(seed, "sensor-noise"));
    this.beatNoise = normalSource(Rng.fromSeed(seed, "beats"));
    this.driftNoise = normalSource(Rng.fromSeed(seed, "drift"));
    this.heart = new Heart(
      {
        restingBpm: resident.restingHeartRateBpm,
        sleepDropBpm: resident.sleepHeartRateDropBpm,
        ...(resident.remHeartRateRiseBpm === undefined ? {} : { remRiseBpm: resident.remHeartRateRiseBpm }),
        nightDeclineBpm: resident.nightHeartRateDeclineBpm ?? 0,
        beatJitterS: (resident.beatJitterMs ?? 0) / 1000,
        mayerWaveBpm: resident.mayerWaveBpm ?? 0,
        mayerWaveHz: resident.mayerWaveHz ?? 0.1,
      },
      normalSource(Rng.fromSeed(seed, "heart")),
    );
    this.breathing = new Breathing(
      {
        ratePerMin: resident.breathingRatePerMin,
        awakeCv: resident.awakeBreathingCv ?? 0.14,
        nremCv: resident.nremBreathingCv ?? 0.06,
        remCv: resident.remBreathingCv ?? 0.13,
        nremRateFactor: resident.nremBreathingRateFactor ?? 0.92,
        remRateFactor: resident.remBreathingRateFactor ?? 0.98,
        awakeDepthFactor: resident.awakeBreathingDepthFactor ?? 1.1,
        remDepthFactor: resident.remBreathingDepthFactor ?? 0.9,
        inhaleShare: resident.inhaleShare ?? 0.4,
      },
      normalSource(Rng.fromSeed(seed, "breathing")),
    );
    this.surges = heartRateSurges(scenario);
    this.bcg = new BcgTemplate(resident.bcgTimeScale ?? 1, resident.bcgWaveGains ?? []);
    this.external = new ExternalLoadPlayer(scenario.externalLoads ?? [], this.channels, sensor.countsPerKg);
    this.artefacts = new MovementArtefacts(
      movementEpisodes(scenario, "bed"),
      this.rate,
      this.channels,
      this.bodyCounts,
      Rng.fromSeed(seed, "movement"),
    );
    const ringLength = Math.ceil((this.bcg.beforeS + this.bcg.afterS + 0.2) * this.rate) + 2;
    this.ring = Array.from({ length: this.channels }, () => new Float64Array(ringLength));
    this.drift = new Float64Array(this.channels);
    this.warmth = new Float64Array(this.channels);
    this.artefact = new Float64Array(this.channels);
    this.extraLoad = new Float64Array(this.channels);
    this.baseline = Float64Array.from(sensor.offsetCounts);
  }

  render(startSample: number, frames: number, last: boolean): BedSignalBlock {
    const samples = new Int16Array(frames * this.channels);
    const truth: TruthSecond[] = [];
    for (let frame = 0; frame < frames; frame++) {
      const sample = startSample + frame;
      const second = Math.floor(sample / this.rate);
      if (second !== this.truth.second) {
        truth.push(this.closeSecond());
        this.tickSecond(second);
      }
      this.renderSample(sample, samples, frame * this.channels);
    }
    if (last && this.truth.samples > 0) truth.push(this.closeSecond());
    return { startSample, frames, channels: this.channels, sampleRateHz: this.rate, samples, truth };
  }

  private renderSample(sample: number, out: Int16Array, at: number): void {
    const dt = 1 / this.rate;
    const t = sample * dt;
    this.timeline.advance(t);
    const segment = this.timeline.segment;
    this.updateBreathingAmplitude(t, dt);
    const breath = this.breathingAmplitude * this.breathing.step(dt, segment.state, segment.rem === true);
    const stage = autonomicStage(segment.state, segment.rem === true);
    const rsa = sinusArrhythmiaBpm(this.scenario.resident.sinusArrhythmiaBpm, stage);
    const beatAgo = this.heart.step(dt, breath, rsa);
    if (beatAgo >= 0) this.scheduleBeat(t - beatAgo, breath);
    this.artefacts.at(sample, this.artefact);
    this.external.at(t, this.extraLoad);
    this.accumulateTruth();
    const { load, breathing } = this.timeline.current;
    const depth = this.scenario.resident.breathingDepth * this.bodyCounts;
    const slot = sample % (this.ring[0]?.length ?? 1);
    const noiseCounts = this.scenario.sensor.noiseCounts;
    for (let c = 0; c < this.channels; c++) {
      const ring = this.ring[c];
      const bcg = ring ? (ring[slot] ?? 0) : 0;
      if (ring) ring[slot] = 0;
      const value =
        (this.baseline[c] ?? 0) +
        this.bodyCounts * (load[c] ?? 0) +
        depth * (breathing[c] ?? 0) * breath +
        bcg +
        (this.artefact[c] ?? 0) +
        (this.extraLoad[c] ?? 0) +
        noiseCounts * this.noise();
      out[at + c] = clamp(Math.round(value), -32768, 32767);
    }
  }

  /** Breathing amplitude factor: fades to residual effort in an apnoea, deep recovery breaths after. */
  private updateBreathingAmplitude(t: number, dt: number): void {
    const active = this.timeline.apnoeaAt(t);
    const sinceEndS = this.timeline.sinceApnoeaS;
    if (this.wasApnoea && !active) this.heart.arouse(8);
    this.wasApnoea = active;
    if (active) this.truth.apnoeaSamples++;
    const target = active ? 0.03 : 1 + 0.6 * Math.exp(-sinceEndS / 8);
    this.breathingAmplitude += ((target - this.breathingAmplitude) * dt) / 0.7;
  }

  /** The mechanical BCG complex follows the beat by a pre-ejection delay of ~0.1 s, jittered. */
  private scheduleBeat(beatTime: number, breath: number): void {
    const resident = this.scenario.resident;
    const complexTime = beatTime + 0.1 + 0.004 * clamp(this.beatNoise(), -3, 3);
    const amplitude =
      this.bodyCounts *
      resident.bcgStrength *
      (1 + 0.3 * breath) *
      (1 + 0.08 * clamp(this.beatNoise(), -3, 3));
    const first = Math.ceil((complexTime - this.bcg.beforeS) * this.rate);
    const last = Math.floor((complexTime + this.bcg.afterS) * this.rate);
    const gains = this.timeline.current.bcg;
    for (let m = first; m <= last; m++) {
      const wave = amplitude * this.bcg.at(m / this.rate - complexTime);
      for (let c = 0; c < this.channels; c++) {
        const ring = this.ring[c];
        if (ring) ring[m % ring.length] = (ring[m % ring.length] ?? 0) + wave * (gains[c] ?? 0);
      }
    }
  }

  private accumulateTruth(): void {
    this.truth.samples++;
    this.truth.heartSum += this.heart.rateBpm;
    this.truth.breathingSum += this.breathing.ratePerMin;
  }

  private closeSecond(): TruthSecond {
    const { second, samples, heartSum, breathingSum, apnoeaSamples } = this.truth;
    const segment = this.timeline.segment;
    const inBed = segment.state !== "empty";
    const n = Math.max(1, samples);
    return {
      timeS: second,
      state: segment.state,
      asleep: segment.asleep,
      heartRateBpm: inBed ? heartSum / n : null,
      breathingRatePerMin: inBed && apnoeaSamples * 2 < n ? breathingSum / n : null,
    };
  }

  private tickSecond(second: number): void {
    this.truth = { second, samples: 0, heartSum: 0, breathingSum: 0, apnoeaSamples: 0 };
    const { sensor } = this.scenario;
    const segment = this.timeline.segment;
    this.heart.tickSecond(segment.state, segment.rem === true, second);
    while (this.surgeIndex < this.surges.length && (this.surges[this.surgeIndex]?.timeS ?? 0) <= second)
      this.heart.arouse(this.surges[this.surgeIndex++]?.bpm ?? 0);
    this.breathing.tickSecond();
    const load = this.timeline.current.load;
    for (let c = 0; c < this.channels; c++) {
      const drift = this.drift[c] ?? 0;
      this.drift[c] = drift - drift / 3600 + sensor.driftCounts * Math.sqrt(2 / 3600) * this.driftNoise();
      const warmth = this.warmth[c] ?? 0;
      this.warmth[c] = warmth + (sensor.thermalDriftCounts * (load[c] ?? 0) - warmth) / 1200;
      this.baseline[c] = (sensor.offsetCounts[c] ?? 0) + (this.drift[c] ?? 0) + (this.warmth[c] ?? 0);
    }
  }
}

interface HeartRateSurge {
  timeS: number;
  bpm: number;
}

/** Awakenings from sleep and movements in sleep that come with a heart-rate surge. */
function heartRateSurges(scenario: NightScenario): HeartRateSurge[] {
  const surges: HeartRateSurge[] = [];
  for (const segment of scenario.segments)
    if (segment.heartRateRiseBpm) surges.push({ timeS: segment.startS, bpm: segment.heartRateRiseBpm });
  for (const fidget of scenario.fidgets)
    if (fidget.heartRateRiseBpm) surges.push({ timeS: fidget.startS, bpm: fidget.heartRateRiseBpm });
  return surges.sort((a, b) => a.timeS - b.timeS);
}

/** Size of the table of normal deviates the sensor noise is drawn from. */
const noiseTableSize = 1 << 16;

/**
 * Sensor white noise, the hot path of the model (every sample of every channel): standard normal
 * deviates tabulated once per night from the seeded generator, then picked at random. Each pick is a
 * draw from a 65 536-point sample of the normal distribution, which white noise does not tell apart.
 */
function tabulatedNormals(random: Rng): () => number {
  const table = new Float64Array(noiseTableSize);
  for (let i = 0; i < noiseTableSize; i++) table[i] = random.normal();
  return () => table[random.nextUint32() >>> 16] ?? 0;
}
