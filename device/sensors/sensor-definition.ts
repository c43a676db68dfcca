import type { care, Result } from "../../proto/index.ts";
import type { OutgoingPayload } from "../pipeline/outgoing.ts";
import type { OpenBatchJournal } from "../publish/open-batch-journal.ts";
import type { SensorStateStore } from "../state/sensor-state-store.ts";
import type { Channel } from "./channel.ts";

/** A decoded reading with the wall time and the unwrapped sensor frame counter the agent gave it. */
export interface Stamped<Reading> {
  reading: Reading;
  timeMs: number;
  sensorSeq: number;
  /** Frames the agent knows it missed right before this one. */
  gapBefore: number;
}

export interface ObservationDraft {
  name: string;
  fields: { name: string; value: number; unit: string }[];
  quality: care.v1.Quality;
}

/** A runtime change requested over MQTT, e.g. a new threshold or lead time. */
export interface SensorCommand {
  kind: string;
  args: Record<string, string>;
}

/**
 * Stateful analysis of one sensor's readings as they arrive: predictions, events and alerts with
 * the latency of a single reading, and runtime commands. Created once per sensor stream.
 */
export interface SensorAnalyzer<Reading> {
  analyze(reading: Stamped<Reading>): OutgoingPayload[];
  /** Applies a command; the message of the result goes back in the acknowledgement. */
  applyCommand?(command: SensorCommand): Result<string>;
  /** Payloads produced outside analyze() (e.g. by a command); the agent takes them after each command. */
  drainOutputs?(): OutgoingPayload[];
  /** Payloads still held when the stream ends (partial batches, an open session). */
  flush?(): OutgoingPayload[];
  /**
   * The window observation, when it needs what the analysis learnt (e.g. the bladder's posture); replaces
   * the definition's estimateWindow. The pipeline hands it windows of readings analyze() has already seen.
   */
  estimateWindow?(window: readonly Stamped<Reading>[]): ObservationDraft;
}

/** What the agent lends an analyzer: a monotonic clock to measure its own processing time, and the status counters. */
export interface AnalyzerContext {
  monotonicMs(): number;
  counters: { increment(name: string, by?: number): void };
  /** Where the analyzer keeps what must survive a restart (commanded settings, a learned model). */
  stateStore?: SensorStateStore;
  /** Where an analyzer that batches raw samples itself keeps its open batch against a crash. */
  openBatchJournal?: OpenBatchJournal;
}

/**
 * Everything that makes a sensor kind, as data and pure functions: no I/O.
 * Adding a sensor = one definition, one golden decode test, one line in the registry.
 */
export interface SensorDefinition<Reading, Settings> {
  kind: string;
  protoKind: care.v1.SensorKind;
  frameType: number;
  /** Every frame type the sensor sends besides HELLO, when there is more than `frameType` (sample blocks and status). */
  frameTypes?: readonly number[];
  /** `frameType` tells which type arrived, for sensors with several. */
  decode(payload: Uint8Array, frameType: number): Result<Reading>;
  ticksMs(reading: Reading): number;
  /**
   * Stateful ticks, one function per stream, replacing `ticksMs` (e.g. a sample counter to unwrap). null = the
   * reading has no sensor time of its own (a status frame): it is stamped on arrival and leaves the clock mapping alone.
   */
  createTicksReader?(): (reading: Reading) => number | null;
  stream: string;
  channels: readonly Channel<Reading>[];
  defaultWindowMs: number;
  parseSettings(raw: unknown): Result<Settings>;
  estimateWindow(window: readonly Stamped<Reading>[], settings: Settings): ObservationDraft;
  createAnalyzer?(settings: Settings, sensorId: string, context?: AnalyzerContext): SensorAnalyzer<Reading>;
}
