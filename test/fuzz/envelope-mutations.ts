// Inputs for fuzzing the bridge's decode → validate → points path: valid envelopes of every payload
// kind (the seeds) and the ways to damage them: byte-level (bit flips, interesting bytes, truncation,
// extension, random bytes, splices and concatenations of other seeds) and field-level (one value of
// the decoded message replaced by an extreme of its type, then encoded again), plus broken topics.
import {
  alert,
  baseEnvelope,
  commandAck,
  deviceStatus,
  event,
  observation,
  prediction,
  sampleBatch,
} from "../../bridge/envelope-builders.ts";
import { care, type EnvelopeInit, encodeEnvelope, TOPIC_KINDS } from "../../proto/index.ts";
import type { SeededRandom } from "./seeded-random.ts";

export interface Seed {
  readonly name: string;
  readonly topic: string;
  readonly init: EnvelopeInit;
  readonly bytes: Uint8Array;
}

function seed(name: string, kind: string, init: EnvelopeInit): Seed {
  const topic = `care/v1/${init.siteId}/${init.deviceId}/${kind}`;
  return { name, topic, init, bytes: encodeEnvelope(init) };
}

export function validSeeds(): Seed[] {
  return [
    seed("samples_period", "samples", baseEnvelope({ samples: sampleBatch() })),
    seed(
      "samples_offsets",
      "samples",
      baseEnvelope({ samples: sampleBatch({ samplePeriodUs: 0, sampleOffsetsUs: [0, 7, 20] }) }),
    ),
    seed(
      "samples_channel_scales",
      "samples",
      baseEnvelope({ samples: sampleBatch({ channelScales: [0.1, 2], channelUnits: ["mm", "mV"] }) }),
    ),
    seed("observation", "observations", baseEnvelope({ observation: observation() })),
    seed("prediction", "predictions", baseEnvelope({ prediction: prediction() })),
    seed("alert", "alerts", baseEnvelope({ alert: alert() })),
    seed("event", "events", baseEnvelope({ event: event() })),
    seed("status", "status", baseEnvelope({ status: deviceStatus() })),
    seed(
      "last_will",
      "status",
      baseEnvelope({
        seq: 0,
        status: deviceStatus({ state: care.v1.DeviceState.DEVICE_STATE_OFFLINE, reason: "connection lost" }),
      }),
    ),
    seed("command_ack", "acks", baseEnvelope({ commandAck: commandAck() })),
    seed(
      "command",
      "commands",
      baseEnvelope({
        command: { commandId: "c-1", kind: "set_threshold", args: { level: "7" }, issuedMs: 1 },
      }),
    ),
  ];
}

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x12, 0x1a, 0x22];

function flipBits(rng: SeededRandom, bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let flips = rng.between(1, 8); flips > 0 && out.length > 0; flips--) {
    const at = rng.below(out.length);
    out[at] = (out[at] ?? 0) ^ (1 << rng.below(8));
  }
  return out;
}

function setInterestingBytes(rng: SeededRandom, bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let n = rng.between(1, 4); n > 0 && out.length > 0; n--)
    out[rng.below(out.length)] = rng.pick(INTERESTING_BYTES);
  return out;
}

const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

/** A byte-level mutation of `bytes`; `other` is another seed's encoding for splices. */
export function mutateBytes(rng: SeededRandom, bytes: Uint8Array, other: Uint8Array): Uint8Array {
  switch (rng.below(9)) {
    case 0:
      return flipBits(rng, bytes);
    case 1:
      return setInterestingBytes(rng, bytes);
    case 2:
      return bytes.slice(0, rng.below(bytes.length + 1));
    case 3:
      // Rarely past MAX_ENVELOPE_BYTES (256 KiB), which must be refused before decoding.
      return concat(bytes, rng.bytes(rng.chance(0.002) ? 300_000 : rng.between(1, 64)));
    case 4:
      return rng.bytes(rng.chance(0.05) ? rng.between(0, 4096) : rng.between(0, 256));
    case 5: {
      // Splice: a slice of another envelope over part of this one.
      const at = rng.below(bytes.length + 1);
      const from = rng.below(other.length + 1);
      const piece = other.slice(from, from + rng.between(1, 40));
      return concat(bytes.slice(0, at), piece, bytes.slice(Math.min(bytes.length, at + rng.below(40))));
    }
    case 6:
      // Protobuf merges concatenated messages: repeated fields grow, the oneof switches payload.
      return rng.chance(0.5) ? concat(bytes, other) : concat(other, bytes);
    case 7: {
      const from = rng.below(bytes.length + 1);
      const piece = bytes.slice(from, from + rng.between(1, 32));
      const at = rng.below(bytes.length + 1);
      return concat(bytes.slice(0, at), piece, piece, bytes.slice(at));
    }
    default:
      return flipBits(rng, bytes.slice(0, rng.below(bytes.length + 1)));
  }
}

const EXTREME_NUMBERS = [
  0,
  -1,
  1,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e300,
  -1e-300,
  Date.UTC(2025, 0, 15, 12),
  Date.UTC(2025, 0, 15, 12) * 1000,
];
const EXTREME_STRINGS = [
  "",
  " ",
  "a b",
  "x".repeat(65),
  "x".repeat(300),
  "ü",
  "\u0000",
  "a/b",
  "+",
  "#",
  'quote"d',
  "line\nbreak",
  "envelope",
  "bridge_stats",
  "time",
  "bed-07",
  "ward-3",
];

function extremeOf(rng: SeededRandom, value: unknown): unknown {
  if (typeof value === "number")
    return rng.chance(0.2) ? (rng.next() - 0.5) * 10 ** rng.below(16) : rng.pick(EXTREME_NUMBERS);
  if (typeof value === "string")
    return rng.chance(0.1)
      ? Buffer.from(rng.bytes(rng.below(20))).toString("latin1")
      : rng.pick(EXTREME_STRINGS);
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) {
    if (value.length === 0 || rng.chance(0.3)) return [];
    if (rng.chance(0.3)) return value.slice(0, rng.below(value.length));
    // Now and then past the bridge's sample limit (TEST_LIMITS: 1000 instants).
    if (rng.chance(0.05)) return Array.from({ length: 2_500 }, (_, i) => value[i % value.length]);
    return Array.from({ length: value.length * rng.between(2, 40) }, (_, i) => value[i % value.length]);
  }
  return undefined;
}

/** Paths to every value inside a message init, nested messages and arrays included. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const paths: string[][] = Array.isArray(value) ? [prefix] : prefix.length > 0 ? [prefix] : [];
  for (const [key, child] of Object.entries(value)) paths.push(...leafPaths(child, [...prefix, key]));
  return paths;
}

/** One value of the message replaced by an extreme of its type (or removed), encoded again. */
export function mutateField(rng: SeededRandom, init: EnvelopeInit): Uint8Array | undefined {
  const copy = structuredClone(init) as Record<string, unknown>;
  const path = rng.pick(leafPaths(copy));
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  parent[last] = extremeOf(rng, parent[last]);
  try {
    return encodeEnvelope(copy as EnvelopeInit);
  } catch {
    // protobufjs refuses some values outright; the fuzzer then mutates bytes instead.
    return undefined;
  }
}

/** Mostly the right topic; otherwise a broken, foreign or mismatched one. */
export function fuzzTopic(rng: SeededRandom, topic: string): string {
  if (rng.chance(0.85)) return topic;
  const parts = topic.split("/");
  switch (rng.below(7)) {
    case 0:
      return [...parts.slice(0, 4), rng.pick(TOPIC_KINDS)].join("/");
    case 1:
      return [...parts.slice(0, 3), rng.pick(["bed-08", "", "a+b", "x".repeat(65)]), parts[4]].join("/");
    case 2:
      return [parts[0], parts[1], rng.pick(["ward-4", "#", "ward 3"]), ...parts.slice(3)].join("/");
    case 3:
      return `${topic}/${rng.pick(["", "extra", "#"])}`;
    case 4:
      return topic.slice(0, rng.below(topic.length));
    case 5:
      return Buffer.from(rng.bytes(rng.below(80))).toString("utf8");
    default:
      return rng.pick([
        "",
        "/",
        "care/v2/ward-3/bed-07/samples",
        "care/v1/ward-3/bed-07/Samples",
        "care/v1//bed-07/alerts",
      ]);
  }
}
