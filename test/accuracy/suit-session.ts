// Runs the suit estimators over one simulated session and keeps everything the metrics need.
// performance.now() is read here, in the harness, never inside the estimators.

import { performance } from "node:perf_hooks";
import { parseSuitSettings, type SuitSettings } from "../../device/sensors/suit/suit-settings.ts";
import { suitDspOverrides } from "../../device/sensors/suit/suit-stream.ts";
import type {
  ElectrodeEvent,
  FatigueTrend,
  IntentEvent,
  MainsHz,
  OffsetEvent,
  OnsetEvent,
  SuitDspOverrides,
} from "../../device/suit/index.ts";
import { SuitEmgProcessor } from "../../device/suit/index.ts";
import type { SuitGroundTruth, SuitScenario } from "../../sim/suit/index.ts";
import { generateSuitSession, movementAgonists, suitGroundTruth } from "../../sim/suit/index.ts";
import { fundamentalRejectionDb, MainsLineMeter, thirdHarmonicRejectionDb } from "./suit-mains.ts";

export interface SuitSessionRun {
  scenario: SuitScenario;
  truth: SuitGroundTruth;
  onsets: OnsetEvent[];
  offsets: OffsetEvent[];
  intents: IntentEvent[];
  electrode: ElectrodeEvent[];
  fatigue: FatigueTrend[];
  mainsDetectedHz: MainsHz | null;
  /** Attenuation of the mains fundamental alone through the chosen filters, after 3 s (dB). */
  mainsRejectionDb: number;
  /** The same for the third harmonic (NaN when the session has none). */
  mainsThirdHarmonicRejectionDb: number;
  /** Goertzel power at the mains frequency, processor input over its notched output, whole session (dB). */
  mainsOutputRejectionDb: number;
  /** The same without the first second (the filters' start-up from zero state). */
  mainsOutputRejectionAfterStartDb: number;
  /** Rises the onset detector judged sharp artefacts. */
  rejectedRises: number;
  /** Processing time of each window-sized block (ms). */
  windowProcessingMs: number[];
}

/**
 * The suit settings an agent would be configured with for this suit: the montage's channel names and one
 * intention group of the agonists of every movement kind, by name. Validated like an agent's config.
 */
export function harnessSuitSettings(scenario: SuitScenario): SuitSettings {
  const agonists = new Set(Object.values(movementAgonists).flat());
  const parsed = parseSuitSettings({
    uvPerCount: scenario.uvPerCount,
    channelNames: scenario.channels.map((channel) => channel.name),
    intentGroups: [
      {
        name: "movement",
        channels: scenario.channels.filter((channel) => agonists.has(channel.muscle)).map((c) => c.name),
      },
    ],
  });
  if (!parsed.ok) throw new Error(`invalid suit settings: ${parsed.reason}`);
  return parsed.value;
}

/** The processor overrides the agent derives from those settings (device/sensors/suit/suit-stream.ts). */
export function dspOverridesFor(scenario: SuitScenario, extra: SuitDspOverrides = {}): SuitDspOverrides {
  const { overrides } = suitDspOverrides(harnessSuitSettings(scenario), scenario.channels.length);
  return { ...overrides, ...extra };
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
    mainsThirdHarmonicRejectionDb: Number.NaN,
    mainsOutputRejectionDb: Number.NaN,
    mainsOutputRejectionAfterStartDb: Number.NaN,
    rejectedRises: 0,
    windowProcessingMs: [],
  };
  const line = new MainsLineMeter(scenario);
  for (const block of generateSuitSession(scenario, { blockMs: processor.config.envelope.windowMs })) {
    line.addInput(block.counts, block.channelCount, block.uvPerCount);
    const started = performance.now();
    const output = processor.process(block.counts, line.tap);
    run.windowProcessingMs.push(performance.now() - started);
    line.measureHeld();
    run.rejectedRises += output.rejectedRises;
    run.onsets.push(...output.onsets);
    run.offsets.push(...output.offsets);
    run.intents.push(...output.intents);
    run.electrode.push(...output.electrode);
  }
  run.fatigue = processor.fatigueTrends();
  run.mainsDetectedHz = processor.mainsHz;
  run.mainsRejectionDb = fundamentalRejectionDb(scenario, processor.config, processor.mainsHz);
  run.mainsThirdHarmonicRejectionDb = thirdHarmonicRejectionDb(scenario, processor.config, processor.mainsHz);
  run.mainsOutputRejectionDb = line.rejectionDb("start");
  run.mainsOutputRejectionAfterStartDb = line.rejectionDb("second_window");
  return run;
}
