// Streaming generation of a suit session: yields blocks so an hour-long session never needs one big array.
// Each component draws from its own random stream, so switching one off (for example to render the mains
// alone when measuring notch rejection) leaves every other component sample-for-sample identical.

import { Rng } from "../random.ts";
import type { ActivationPlan } from "./activation-plan.ts";
import { planActivations } from "./activation-plan.ts";
import { ChannelDrive } from "./channel-drive.ts";
import { HeartBeats } from "./ecg-pickup.ts";
import { ElectrodeLifts } from "./electrode-lift.ts";
import type { MainsPhaseBlock } from "./interference.ts";
import { addMains, addMotionArtefacts, addWhiteNoise, BaselineWander, MainsPhase } from "./interference.ts";
import { defaultPoolOptions, MotorUnitPool } from "./motor-unit-pool.ts";
import type { SuitScenario } from "./scenario.ts";
import { conductionVelocityFactor, msToSample } from "./scenario.ts";
import { addSharpArtefacts } from "./sharp-artefacts.ts";

export interface SuitRenderComponents {
  muscle: boolean;
  noise: boolean;
  mains: boolean;
  mainsHarmonics: boolean;
  wander: boolean;
  artefacts: boolean;
  ecg: boolean;
  electrodeOff: boolean;
}

export const allComponents: SuitRenderComponents = {
  muscle: true,
  noise: true,
  mains: true,
  mainsHarmonics: true,
  wander: true,
  artefacts: true,
  ecg: true,
  electrodeOff: true,
};

export interface RenderOptions {
  /** Block length (ms); default 100. */
  blockMs?: number;
  components?: Partial<SuitRenderComponents>;
}

/** One block in µV, channel-major (one array per channel). */
export interface MicrovoltBlock {
  startSample: number;
  channels: Float64Array[];
}

interface ChannelRenderer {
  pool: MotorUnitPool;
  drive: ChannelDrive;
  wander: BaselineWander;
  noise: Rng;
  mainsPhase: number;
}

function createChannelRenderers(scenario: SuitScenario, plan: ActivationPlan, root: Rng): ChannelRenderer[] {
  return scenario.channels.map((channel, index) => {
    const random = root.fork(`channel-${index}`);
    const minCvFactor = 0.95 * Math.min(1, channel.cvFactorStart, channel.cvFactorEnd);
    const poolOptions = { ...defaultPoolOptions, minCvFactor };
    return {
      pool: new MotorUnitPool(
        random.fork("motor-units"),
        channel.mvcRmsUv,
        scenario.sampleRateHz,
        (timeMs) => conductionVelocityFactor(channel, timeMs, scenario.durationMs),
        poolOptions,
      ),
      drive: new ChannelDrive(plan.bursts[index] ?? [], channel.restingToneDrive, random.uniform(0, 6.28)),
      wander: new BaselineWander(channel.electrodeOffsetUv, scenario.baselineWanderUv, random.fork("wander")),
      noise: random.fork("noise"),
      mainsPhase: random.fork("mains").uniform(0, 2 * Math.PI),
    };
  });
}

interface SessionSources {
  components: SuitRenderComponents;
  renderers: ChannelRenderer[];
  mains: MainsPhase;
  heart: HeartBeats;
  lifts: ElectrodeLifts;
  artefacts: ActivationPlan["artefacts"];
  harmonicRatio: number;
}

function createSessionSources(scenario: SuitScenario, options: RenderOptions): SessionSources {
  const components = { ...allComponents, ...options.components };
  const root = Rng.fromSeed(scenario.seed);
  const plan = planActivations(scenario);
  const harmonicAliases = 3 * scenario.mains.frequencyHz >= 0.45 * scenario.sampleRateHz;
  return {
    components,
    renderers: createChannelRenderers(scenario, plan, root),
    mains: new MainsPhase(scenario.mains, scenario.sampleRateHz, root.fork("mains-grid")),
    heart: new HeartBeats(scenario.heartRateBpm, scenario.durationMs, root.fork("heart")),
    lifts: new ElectrodeLifts(scenario.electrodeOff, root.fork("electrode-lift")),
    artefacts: plan.artefacts,
    harmonicRatio: components.mainsHarmonics && !harmonicAliases ? scenario.mains.thirdHarmonicRatio : 0,
  };
}

function renderChannelBlock(
  scenario: SuitScenario,
  sources: SessionSources,
  index: number,
  start: number,
  mainsBlock: MainsPhaseBlock,
): Float64Array {
  const out = new Float64Array(mainsBlock.gain.length);
  const spec = scenario.channels[index];
  const renderer = sources.renderers[index];
  if (!spec || !renderer) return out;
  const { components } = sources;
  const fs = scenario.sampleRateHz;
  if (components.muscle) {
    const lookahead = new Float64Array(out.length);
    const maxDrive = renderer.drive.fill(lookahead, start + renderer.pool.lookaheadSamples, fs);
    renderer.pool.render(out, start, lookahead, maxDrive);
  }
  if (components.noise) addWhiteNoise(out, spec.noiseRmsUv, renderer.noise);
  if (components.mains) {
    const amplitudeUv = scenario.mains.amplitudeUv * spec.mainsCoupling;
    addMains(out, mainsBlock, amplitudeUv, renderer.mainsPhase, sources.harmonicRatio);
  }
  if (components.wander) renderer.wander.add(out, start, fs);
  if (components.artefacts) {
    addMotionArtefacts(out, sources.artefacts, index, start, fs);
    addSharpArtefacts(out, scenario.sharpArtefacts, index, start, fs);
  }
  if (components.ecg) sources.heart.add(out, spec.ecgUv, start, fs);
  if (components.electrodeOff) sources.lifts.apply(out, index, start, fs, mainsBlock);
  return out;
}

export function* renderSuitMicrovolts(
  scenario: SuitScenario,
  options: RenderOptions = {},
): Generator<MicrovoltBlock> {
  const fs = scenario.sampleRateHz;
  const blockSamples = Math.max(1, msToSample(options.blockMs ?? 100, fs));
  const totalSamples = msToSample(scenario.durationMs, fs);
  const sources = createSessionSources(scenario, options);
  for (let start = 0; start < totalSamples; start += blockSamples) {
    const mainsBlock = sources.mains.next(start, Math.min(blockSamples, totalSamples - start));
    const channels = scenario.channels.map((_, index) =>
      renderChannelBlock(scenario, sources, index, start, mainsBlock),
    );
    yield { startSample: start, channels };
  }
}

/** One block of ADC output: int16 counts, interleaved sample by sample (all channels of sample 0 first). */
export interface SuitSampleBlock {
  startSample: number;
  startMs: number;
  sampleCount: number;
  channelCount: number;
  sampleRateHz: number;
  uvPerCount: number;
  counts: Int16Array;
}

export const int16Min = -32768;
export const int16Max = 32767;

/** Rounds µV to counts and clamps to the int16 rails, interleaving the channels. */
export function quantizeBlock(block: MicrovoltBlock, uvPerCount: number): Int16Array {
  const channelCount = block.channels.length;
  const sampleCount = block.channels[0]?.length ?? 0;
  const counts = new Int16Array(sampleCount * channelCount);
  block.channels.forEach((channel, c) => {
    for (let i = 0; i < sampleCount; i++) {
      const value = Math.round((channel[i] ?? 0) / uvPerCount);
      counts[i * channelCount + c] = Math.min(int16Max, Math.max(int16Min, value));
    }
  });
  return counts;
}

/** The session as the suit's ADC would deliver it. */
export function* generateSuitSession(
  scenario: SuitScenario,
  options: RenderOptions = {},
): Generator<SuitSampleBlock> {
  for (const block of renderSuitMicrovolts(scenario, options)) {
    const sampleCount = block.channels[0]?.length ?? 0;
    yield {
      startSample: block.startSample,
      startMs: (block.startSample * 1000) / scenario.sampleRateHz,
      sampleCount,
      channelCount: block.channels.length,
      sampleRateHz: scenario.sampleRateHz,
      uvPerCount: scenario.uvPerCount,
      counts: quantizeBlock(block, scenario.uvPerCount),
    };
  }
}
