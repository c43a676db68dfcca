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
  SuitProcessorOutput,
} from "../../device/suit/index.ts";
import { SuitEmgProcessor } from "../../device/suit/index.ts";
import type { SuitGroundTruth, SuitScenario } from "../../sim/suit/index.ts";
import { agonistChannelNames, generateSuitSession, suitGroundTruth } from "../../sim/suit/index.ts";
import {
  fundamentalRejectionDb,
  MainsLineMeter,
  outputRejectionWithoutMuscleDb,
  thirdHarmonicRejectionDb,
} from "./suit-mains.ts";
import type { SplicedRun } from "./suit-splices.ts";
import { SplicedFeeder } from "./suit-splices.ts";

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
  /** The same without the first second (the filters' start, before the mains frequency is known). */
  mainsOutputRejectionAfterStartDb: number;
  /** The whole-session output figure on the session rendered without muscle (dB). */
  mainsOutputRejectionWithoutMuscleDb: number;
  /** The same session with random spans cut out, as a link loss does. */
  spliced: SplicedRun;
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
  const parsed = parseSuitSettings({
    uvPerCount: scenario.uvPerCount,
    channelNames: scenario.channels.map((channel) => channel.name),
    intentGroups: [{ name: "movement", channels: agonistChannelNames(scenario.channels) }],
  });
  if (!parsed.ok) throw new Error(`invalid suit settings: ${parsed.reason}`);
  return parsed.value;
}

/** The processor overrides the agent derives from those settings (device/sensors/suit/suit-stream.ts). */
export function dspOverridesFor(scenario: SuitScenario, extra: SuitDspOverrides = {}): SuitDspOverrides {
  const { overrides } = suitDspOverrides(harnessSuitSettings(scenario), scenario.channels.length);
  return { ...overrides, ...extra };
}

/**
 * One session through the processor an agent would run, with its measurements. `splices` false leaves out
 * the spliced second run (test/accuracy/suit-splices.test.ts has its own).
 */
export function runSuitSession(
  scenario: SuitScenario,
  extra: SuitDspOverrides = {},
  { splices = true }: { splices?: boolean } = {},
): SuitSessionRun {
  const overrides = dspOverridesFor(scenario, extra);
  const created = SuitEmgProcessor.create(scenario.sampleRateHz, scenario.channels.length, overrides);
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
    mainsOutputRejectionWithoutMuscleDb: Number.NaN,
    spliced: { splices: [], onsets: [], intents: [] },
    rejectedRises: 0,
    windowProcessingMs: [],
  };
  const line = new MainsLineMeter(scenario);
  const spliced = splices ? new SplicedFeeder(scenario, overrides) : null;
  const blockMs = processor.config.envelope.windowMs;
  const take = (output: SuitProcessorOutput) => {
    run.rejectedRises += output.rejectedRises;
    run.onsets.push(...output.onsets);
    run.offsets.push(...output.offsets);
    run.intents.push(...output.intents);
    run.electrode.push(...output.electrode);
  };
  for (const block of generateSuitSession(scenario, { blockMs })) {
    line.addInput(block.counts, block.channelCount, block.uvPerCount);
    const started = performance.now();
    const output = processor.process(block.counts, line.tap);
    run.windowProcessingMs.push(performance.now() - started);
    line.measureHeld();
    take(output);
    spliced?.feed(block);
  }
  take(processor.finish(line.tap));
  line.measureHeld();
  if (spliced) run.spliced = spliced.finish();
  run.fatigue = processor.fatigueTrends();
  run.mainsDetectedHz = processor.mainsHz;
  run.mainsRejectionDb = fundamentalRejectionDb(scenario, processor.config, processor.mainsHz);
  run.mainsThirdHarmonicRejectionDb = thirdHarmonicRejectionDb(scenario, processor.config, processor.mainsHz);
  run.mainsOutputRejectionDb = line.rejectionDb("start");
  run.mainsOutputRejectionAfterStartDb = line.rejectionDb("second_window");
  run.mainsOutputRejectionWithoutMuscleDb = outputRejectionWithoutMuscleDb(scenario, overrides, blockMs);
  return run;
}
