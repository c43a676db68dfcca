// Runs the suit estimators over one simulated session and keeps everything the metrics need.
// performance.now() is read here, in the harness, never inside the estimators.

import { performance } from "node:perf_hooks";
import type {
  ElectrodeEvent,
  FatigueTrend,
  IntentEvent,
  MainsHz,
  OffsetEvent,
  OnsetEvent,
  SuitDspOverrides,
} from "../../device/suit/index.ts";
import { EmgConditioner, SuitEmgProcessor } from "../../device/suit/index.ts";
import type { SuitGroundTruth, SuitScenario } from "../../sim/suit/index.ts";
import {
  generateSuitSession,
  movementAgonists,
  renderSuitMicrovolts,
  suitGroundTruth,
} from "../../sim/suit/index.ts";

export interface SuitSessionRun {
  scenario: SuitScenario;
  truth: SuitGroundTruth;
  onsets: OnsetEvent[];
  offsets: OffsetEvent[];
  intents: IntentEvent[];
  electrode: ElectrodeEvent[];
  fatigue: FatigueTrend[];
  mainsDetectedHz: MainsHz | null;
  /** Residual mains power relative to the input, per session (dB of attenuation). */
  mainsRejectionDb: number;
  /** Processing time of each window-sized block (ms). */
  windowProcessingMs: number[];
}

/** Ignore the first seconds of the rejection measurement: the notch and mains detection settle. */
const rejectionSettleMs = 3000;

/** The harness knows the montage, so the intention group is the agonists of every movement kind. */
export function intentGroupFor(scenario: SuitScenario) {
  const agonists = new Set(Object.values(movementAgonists).flat());
  const channels = scenario.channels.flatMap((channel, index) =>
    agonists.has(channel.muscle) ? [index] : [],
  );
  return [{ name: "movement", channels }];
}

export function dspOverridesFor(scenario: SuitScenario, extra: SuitDspOverrides = {}): SuitDspOverrides {
  return { uvPerCount: scenario.uvPerCount, intent: { groups: intentGroupFor(scenario) }, ...extra };
}

export function runSuitSession(scenario: SuitScenario, extra: SuitDspOverrides = {}): SuitSessionRun {
  const created = SuitEmgProcessor.create(
    scenario.sampleRateHz,
    scenario.channels.length,
    dspOverridesFor(scenario, extra),
  );
  if (!created.ok) throw new Error(`invalid DSP config: ${created.reason}`);
  const processor = created.value;
  const run: SuitSessionRun = {
    scenario,
    truth: suitGroundTruth(scenario),
    onsets: [],
    offsets: [],
    intents: [],
    electrode: [],
    fatigue: [],
    mainsDetectedHz: null,
    mainsRejectionDb: Number.NaN,
    windowProcessingMs: [],
  };
  for (const block of generateSuitSession(scenario, { blockMs: processor.config.envelope.windowMs })) {
    const started = performance.now();
    const output = processor.process(block.counts);
    run.windowProcessingMs.push(performance.now() - started);
    run.onsets.push(...output.onsets);
    run.offsets.push(...output.offsets);
    run.intents.push(...output.intents);
    run.electrode.push(...output.electrode);
  }
  run.fatigue = processor.fatigueTrends();
  run.mainsDetectedHz = processor.mainsHz;
  run.mainsRejectionDb = measureMainsRejection(scenario, processor);
  return run;
}

/**
 * Renders the session's mains fundamental alone (same phase, wander and coupling as in the full session),
 * puts it through the same band-pass and the notch the processor chose, and compares powers.
 */
function measureMainsRejection(scenario: SuitScenario, processor: SuitEmgProcessor): number {
  const conditioners = scenario.channels.map(() => new EmgConditioner(processor.config, processor.mainsHz));
  const settleSample = (rejectionSettleMs * scenario.sampleRateHz) / 1000;
  let inputPower = 0;
  let outputPower = 0;
  const mainsOnly = {
    muscle: false,
    noise: false,
    mainsHarmonics: false,
    wander: false,
    artefacts: false,
    ecg: false,
    electrodeOff: false,
  };
  for (const block of renderSuitMicrovolts(scenario, { blockMs: 1000, components: mainsOnly })) {
    block.channels.forEach((samples, c) => {
      const filtered = samples.slice();
      conditioners[c]?.processInPlace(filtered);
      for (let i = 0; i < samples.length; i++) {
        if (block.startSample + i < settleSample) continue;
        inputPower += (samples[i] ?? 0) ** 2;
        outputPower += (filtered[i] ?? 0) ** 2;
      }
    });
  }
  return 10 * Math.log10(inputPower / Math.max(outputPower, Number.MIN_VALUE));
}
