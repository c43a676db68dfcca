// The agent's command path (CommandHandler: decode the envelope, check it is ours, route it to the
// sensor's analyzer) fed at least `minBytes` of mutated command envelopes and random bytes, with a
// bladder, a bed and a suit analyzer behind it. Every answer must be a reject with a reason or an
// acknowledgement; a redelivered command must be acknowledged again with its first outcome.
import { CommandHandler } from "../../device/commands/command-handler.ts";
import { sensorRegistry } from "../../device/sensors/registry.ts";
import type { SensorAnalyzer } from "../../device/sensors/sensor-definition.ts";
import { Counters } from "../../device/status/counters.ts";
import { type care, type EnvelopeInit, encodeEnvelope, SCHEMA_VERSION } from "../../proto/index.ts";
import { type CrashLog, hex } from "./crash-log.ts";
import { mutateBytes, mutateField } from "./envelope-mutations.ts";
import type { SeededRandom } from "./seeded-random.ts";

const DEVICE_ID = "room101";
const SENSORS = { bladder: "bladder-1", bed: "bed-1", suit: "suit-1" } as const;

const COMMANDS: readonly [string, string, Record<string, string>][] = [
  [SENSORS.bladder, "set_threshold", { level: "7" }],
  [SENSORS.bladder, "set_threshold", { ml: "300" }],
  [SENSORS.bladder, "set_threshold", { learn: "true" }],
  [SENSORS.bladder, "set_lead_time", { minutes: "30" }],
  [SENSORS.bed, "summarize_night", {}],
  [SENSORS.suit, "end_session", {}],
  [SENSORS.suit, "publish_raw", { enabled: "true" }],
];

export interface CommandTally {
  inputs: number;
  bytes: number;
  acknowledged: number;
  rejected: number;
  reasonless: number;
  /** Acknowledgements without a command id or message, or that changed when the command came again. */
  flawedCount: number;
  flawed: string[];
}

function analyzers(): Map<string, SensorAnalyzer<unknown>> {
  const context = { monotonicMs: () => 0, counters: new Counters() };
  const map = new Map<string, SensorAnalyzer<unknown>>();
  for (const [kind, sensorId] of Object.entries(SENSORS)) {
    const definition = sensorRegistry[kind];
    const settings = definition?.parseSettings({});
    if (!definition?.createAnalyzer || !settings?.ok)
      throw new Error(`no ${kind} analyzer with default settings`);
    map.set(sensorId, definition.createAnalyzer(settings.value, sensorId, context));
  }
  return map;
}

function commandInit(rng: SeededRandom, seq: number): EnvelopeInit {
  const [sensorId, kind, args] = rng.pick(COMMANDS);
  return {
    deviceId: DEVICE_ID,
    siteId: "ward-3",
    bootId: "bridge-boot",
    seq,
    deviceTimeMs: 1_700_000_000_000,
    monotonicMs: 1,
    schemaVersion: SCHEMA_VERSION,
    command: { commandId: `c-${seq}`, sensorId, kind, args, issuedMs: 1_700_000_000_000 },
  };
}

function commandInput(rng: SeededRandom, seq: number): Uint8Array {
  const init = commandInit(rng, seq);
  const roll = rng.next();
  if (roll < 0.15) return rng.bytes(rng.below(200));
  if (roll < 0.35) return encodeEnvelope(init);
  if (roll < 0.7) return mutateField(rng, init) ?? encodeEnvelope(init);
  return mutateBytes(rng, encodeEnvelope(init), encodeEnvelope(commandInit(rng, seq + 1))).subarray(0, 4096);
}

function ackFlaw(
  first: care.v1.CommandAck.$Properties,
  again: care.v1.CommandAck.$Properties | null,
): string | null {
  if (!first.commandId) return "acknowledgement without a command id";
  if (!first.message) return "acknowledgement without a message";
  if (!again || again.ok !== first.ok || again.message !== first.message)
    return "redelivery answered differently";
  return null;
}

export function fuzzCommands(rng: SeededRandom, minBytes: number, crashes: CrashLog): CommandTally {
  const handler = new CommandHandler(DEVICE_ID, analyzers(), () => 1_700_000_000_000);
  const tally: CommandTally = {
    inputs: 0,
    bytes: 0,
    acknowledged: 0,
    rejected: 0,
    reasonless: 0,
    flawedCount: 0,
    flawed: [],
  };
  while (tally.bytes < minBytes) {
    const bytes = commandInput(rng, tally.inputs);
    tally.inputs += 1;
    tally.bytes += bytes.length;
    const input = () => hex(bytes);
    const result = crashes.guard("command", input, () => handler.handle(bytes));
    if (result === undefined) continue;
    if (!result.ok) {
      tally.rejected += 1;
      if (result.reason.trim() === "") tally.reasonless += 1;
      continue;
    }
    tally.acknowledged += 1;
    const again = crashes.guard("command again", input, () => handler.handle(bytes));
    const flaw = ackFlaw(result.value, again?.ok ? again.value : null);
    if (flaw) {
      tally.flawedCount += 1;
      if (tally.flawed.length < 5) tally.flawed.push(`${flaw}: ${input()}`);
    }
  }
  return tally;
}
