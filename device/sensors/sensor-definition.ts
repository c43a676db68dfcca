import type { care, Result } from "../../proto/index.ts";
import type { OutgoingPayload } from "../pipeline/outgoing.ts";
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
}

/**
 * Everything that makes a sensor kind, as data and pure functions: no I/O.
 * Adding a sensor = one definition, one golden decode test, one line in the registry.
 */
export interface SensorDefinition<Reading, Settings> {
  kind: string;
  protoKind: care.v1.SensorKind;
  frameType: number;
  decode(payload: Uint8Array): Result<Reading>;
  ticksMs(reading: Reading): number;
  stream: string;
  channels: readonly Channel<Reading>[];
  defaultWindowMs: number;
  parseSettings(raw: unknown): Result<Settings>;
  estimateWindow(window: readonly Stamped<Reading>[], settings: Settings): ObservationDraft;
  createAnalyzer?(settings: Settings, sensorId: string): SensorAnalyzer<Reading>;
}
