// Mains rejection of the suit estimators, measured three ways:
// - the fundamental alone: the session's mains rendered without anything else (same phase, wander,
//   modulation and coupling), through the band-pass and the notch the processor chose, after it settled;
// - the third harmonic alone, the same way (the difference of the session's mains rendered with and
//   without harmonics);
// - on the processor's real notched output over the whole session, before the mains decision included:
//   Hann-windowed Goertzel power at the mains frequency in 1 s windows, input over output, all channels;
//   also without the first window (the filters' start, before the mains frequency is known). Muscle and
//   noise power in that bin count as residue, so this is a lower bound;
// - the same on the session rendered without muscle (mains, noise, artefacts, ECG and lift-offs kept), run
//   through a processor of its own: what the notch leaves of the interference, start-ups, lead faults and
//   re-attachments included, without the EMG that shares the mains bin.

import type { NotchedTap, SuitDspConfig, SuitDspOverrides } from "../../device/suit/index.ts";
import { EmgConditioner, type MainsHz, SuitEmgProcessor } from "../../device/suit/index.ts";
import type { SuitRenderComponents, SuitScenario } from "../../sim/suit/index.ts";
import { quantizeBlock, renderSuitMicrovolts } from "../../sim/suit/index.ts";

/** Ignore the first seconds of the component measurements: the notch and mains detection settle. */
const rejectionSettleMs = 3000;

const nothing: SuitRenderComponents = {
  muscle: false,
  noise: false,
  mains: false,
  mainsHarmonics: false,
  wander: false,
  artefacts: false,
  ecg: false,
  electrodeOff: false,
};

const dB = (input: number, output: number) => 10 * Math.log10(input / Math.max(output, Number.MIN_VALUE));

/**
 * Rejection (dB) of one mains component through the band-pass and the chosen notch; the component is
 * `withPart` minus `withoutPart` (null: nothing). NaN when the session has none of it.
 */
function componentRejection(
  scenario: SuitScenario,
  config: SuitDspConfig,
  mainsHz: MainsHz | null,
  withPart: Partial<SuitRenderComponents>,
  withoutPart: Partial<SuitRenderComponents> | null,
): number {
  const conditioners = scenario.channels.map(() => new EmgConditioner(config, mainsHz));
  const settleSample = (rejectionSettleMs * scenario.sampleRateHz) / 1000;
  const blocks = renderSuitMicrovolts(scenario, { blockMs: 1000, components: { ...nothing, ...withPart } });
  const minus = withoutPart
    ? renderSuitMicrovolts(scenario, { blockMs: 1000, components: { ...nothing, ...withoutPart } })
    : null;
  let inputPower = 0;
  let outputPower = 0;
  for (const block of blocks) {
    const other = minus?.next().value;
    block.channels.forEach((rendered, c) => {
      const part = rendered.map((value, i) => value - (other?.channels[c]?.[i] ?? 0));
      const filtered = part.slice();
      conditioners[c]?.processInPlace(filtered);
      for (let i = 0; i < part.length; i++) {
        if (block.startSample + i < settleSample) continue;
        inputPower += (part[i] ?? 0) ** 2;
        outputPower += (filtered[i] ?? 0) ** 2;
      }
    });
  }
  return inputPower > 0 ? dB(inputPower, outputPower) : Number.NaN;
}

export function fundamentalRejectionDb(
  scenario: SuitScenario,
  config: SuitDspConfig,
  mainsHz: MainsHz | null,
) {
  return componentRejection(scenario, config, mainsHz, { mains: true }, null);
}

export function thirdHarmonicRejectionDb(
  scenario: SuitScenario,
  config: SuitDspConfig,
  mainsHz: MainsHz | null,
) {
  return componentRejection(
    scenario,
    config,
    mainsHz,
    { mains: true, mainsHarmonics: true },
    { mains: true },
  );
}

/** Hann-windowed Goertzel power at one frequency over consecutive windows of one channel. */
class GoertzelWindows {
  private readonly coefficient: number;
  private readonly hann: Float64Array;
  private s1 = 0;
  private s2 = 0;
  private position = 0;
  /** Power summed over all windows, and over the windows after the first (the filters' start-up). */
  total = 0;
  afterFirst = 0;
  private windows = 0;

  constructor(frequencyHz: number, sampleRateHz: number, windowS: number) {
    this.coefficient = 2 * Math.cos((2 * Math.PI * frequencyHz) / sampleRateHz);
    const n = Math.round(windowS * sampleRateHz);
    this.hann = Float64Array.from({ length: n }, (_, k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * k) / n));
  }

  push(samples: ArrayLike<number>): void {
    for (let i = 0; i < samples.length; i++) {
      const s0 = (samples[i] ?? 0) * (this.hann[this.position] ?? 0) + this.coefficient * this.s1 - this.s2;
      this.s2 = this.s1;
      this.s1 = s0;
      if (++this.position < this.hann.length) continue;
      const power = this.s1 * this.s1 + this.s2 * this.s2 - this.coefficient * this.s1 * this.s2;
      this.total += power;
      if (this.windows++ > 0) this.afterFirst += power;
      this.s1 = 0;
      this.s2 = 0;
      this.position = 0;
    }
  }
}

/** Goertzel power at the mains frequency of the processor's input and of its notched output. */
export class MainsLineMeter {
  private readonly input: GoertzelWindows[];
  private readonly output: GoertzelWindows[];

  constructor(scenario: SuitScenario) {
    const meter = () => new GoertzelWindows(scenario.mains.frequencyHz, scenario.sampleRateHz, 1);
    this.input = scenario.channels.map(meter);
    this.output = scenario.channels.map(meter);
  }

  /** Interleaved ADC counts as fed to the processor. */
  addInput(counts: Int16Array, channelCount: number, uvPerCount: number): void {
    this.input.forEach((meter, c) => {
      const samples = new Float64Array(counts.length / channelCount);
      for (let i = 0; i < samples.length; i++) samples[i] = (counts[i * channelCount + c] ?? 0) * uvPerCount;
      meter.push(samples);
    });
  }

  private held: [number, Float64Array][] = [];

  /** Holds the processor's notched blocks (fresh arrays per call): measured by `measureHeld`, outside any timing. */
  readonly tap: NotchedTap = (channel, notched) => {
    this.held.push([channel, notched]);
  };

  measureHeld(): void {
    for (const [channel, notched] of this.held) this.output[channel]?.push(notched);
    this.held = [];
  }

  /** Whole session, or from the second 1-s window on (without the filters' start-up from zero state). */
  rejectionDb(from: "start" | "second_window" = "start"): number {
    const pick = (meter: GoertzelWindows) => (from === "start" ? meter.total : meter.afterFirst);
    const sum = (meters: GoertzelWindows[]) => meters.reduce((total, meter) => total + pick(meter), 0);
    return dB(sum(this.input), sum(this.output));
  }
}

/**
 * Real-output rejection (whole session) of the session rendered without muscle, through a processor built
 * with `overrides`: everything on the lead but the EMG, as ADC counts.
 */
export function outputRejectionWithoutMuscleDb(
  scenario: SuitScenario,
  overrides: SuitDspOverrides,
  blockMs: number,
): number {
  const created = SuitEmgProcessor.create(scenario.sampleRateHz, scenario.channels.length, overrides);
  if (!created.ok) throw new Error(`invalid DSP config: ${created.reason}`);
  const processor = created.value;
  const line = new MainsLineMeter(scenario);
  const channelCount = scenario.channels.length;
  for (const block of renderSuitMicrovolts(scenario, { blockMs, components: { muscle: false } })) {
    const counts = quantizeBlock(block, scenario.uvPerCount);
    line.addInput(counts, channelCount, scenario.uvPerCount);
    processor.process(counts, line.tap);
    line.measureHeld();
  }
  processor.finish(line.tap);
  line.measureHeld();
  return line.rejectionDb("start");
}
