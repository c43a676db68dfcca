// Seeded, reproducible fuzzing of the two untrusted-input paths:
// - the bridge's MQTT path (validateMessage → envelopeToPoints → line protocol and the spool codec)
//   with mutated envelopes of every payload kind and broken topics;
// - the serial path (FrameAssembler → decodeHello / decodeBladderEcho) with random bytes and damaged
//   frame streams.
// Bad input must come back as a counted reject, never as an exception. Prints fuzz_payloads=N and
// fuzz_crashes=N for harnesses; FUZZ_SEED=<n> explores another sequence.
import { afterAll, describe, expect, it } from "vitest";
import { BridgeCounters, totalRejects } from "../../bridge/counters.ts";
import { TEST_LIMITS, TEST_NOW_MS } from "../../bridge/envelope-builders.ts";
import { toLineProtocol } from "../../bridge/line-protocol.ts";
import { envelopeToPoints } from "../../bridge/points.ts";
import { decodePoints, encodePoints } from "../../bridge/spool-codec.ts";
import { REJECT_CODES, rejectCode, validateMessage } from "../../bridge/validate.ts";
import {
  decodeBladderEcho,
  decodeHello,
  FrameAssembler,
  FrameType,
  type Result,
  type SensorFrame,
} from "../../proto/index.ts";
import { fuzzTopic, mutateBytes, mutateField, validSeeds } from "./envelope-mutations.ts";
import { chunks, damageStream, validFrameStream } from "./frame-streams.ts";
import { SeededRandom } from "./seeded-random.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eedb41d);
const ENVELOPE_INPUTS = 120_000;
const STREAM_BYTES = 1 << 20;
const DECODER_INPUTS = 50_000;

const tally = { payloads: 0, frameBytes: 0, framePayloads: 0, crashes: 0 };
const crashes: string[] = [];

/** Runs one input; an exception is a crash, counted and kept (first few) with the input. */
function guard<T>(what: string, input: () => string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    tally.crashes += 1;
    if (crashes.length < 5) crashes.push(`${what}: ${String(error)}; input ${input()}`);
    return undefined;
  }
}

afterAll(() => {
  console.log(`fuzz_seed=${SEED}`);
  console.log(`fuzz_payloads=${tally.payloads}`);
  console.log(`fuzz_frame_bytes=${tally.frameBytes}`);
  console.log(`fuzz_frame_payloads=${tally.framePayloads}`);
  console.log(`fuzz_crashes=${tally.crashes}`);
});

type EnvelopeOutcome =
  | { readonly reason: string }
  | { readonly kind: string; readonly points: number; readonly replaysAlike: boolean };

function throughTheBridge(topic: string, bytes: Uint8Array): EnvelopeOutcome {
  const valid = validateMessage(topic, bytes, TEST_NOW_MS, TEST_LIMITS);
  if (!valid.ok) return { reason: valid.reason };
  const points = envelopeToPoints(valid.value);
  // What InfluxDB would get, directly and after a trip through the spool.
  const lines = toLineProtocol(points);
  const spooled = decodePoints(encodePoints(points));
  const replaysAlike = spooled.ok && toLineProtocol(spooled.value) === lines;
  return { kind: valid.value.payload, points: points.length, replaysAlike };
}

describe("fuzzing the bridge's envelope path", () => {
  it("accepts or rejects every mutated envelope with a counted reason, and never throws", () => {
    const rng = new SeededRandom(SEED);
    const seeds = validSeeds();
    const counters = new BridgeCounters();
    const acceptedKinds = new Set<string>();
    let accepted = 0;
    let acceptedWithoutPoints = 0;
    let uncodedReasons = 0;
    let replayMismatches = 0;
    for (let i = 0; i < ENVELOPE_INPUTS; i++) {
      const base = rng.pick(seeds);
      const topic = fuzzTopic(rng, base.topic);
      let bytes = (rng.chance(0.35) ? mutateField(rng, base.init) : undefined) ?? base.bytes;
      if (bytes === base.bytes || rng.chance(0.2)) bytes = mutateBytes(rng, bytes, rng.pick(seeds).bytes);
      tally.payloads += 1;
      const input = () => `#${i} topic ${JSON.stringify(topic)} bytes ${Buffer.from(bytes).toString("hex")}`;
      const outcome = guard("envelope", input, () => throughTheBridge(topic, bytes));
      if (!outcome) continue;
      if ("reason" in outcome) {
        const code = outcome.reason.slice(0, outcome.reason.indexOf(":"));
        if (!(REJECT_CODES as readonly string[]).includes(code)) uncodedReasons += 1;
        counters.reject(rejectCode(outcome.reason));
        continue;
      }
      accepted += 1;
      acceptedKinds.add(outcome.kind);
      if (outcome.points === 0) acceptedWithoutPoints += 1;
      if (!outcome.replaysAlike) replayMismatches += 1;
    }
    const rejects = counters.snapshot().rejects;
    console.log(`fuzz_envelope_accepted=${accepted}`);
    for (const [code, count] of Object.entries(rejects)) console.log(`fuzz_envelope_reject_${code}=${count}`);

    expect(crashes).toEqual([]);
    expect(accepted + totalRejects(counters.snapshot())).toBe(ENVELOPE_INPUTS);
    expect(uncodedReasons).toBe(0);
    expect(acceptedWithoutPoints).toBe(0);
    expect(replayMismatches).toBe(0);
    // The mutations reach deep: every kind a device may send gets through (a command never does: it
    // travels the other way), and most reject codes occur.
    expect([...acceptedKinds].sort()).toEqual(
      ["alert", "commandAck", "event", "observation", "prediction", "samples", "status"].sort(),
    );
    expect(Object.keys(rejects).length).toBeGreaterThanOrEqual(14);
  });
});

interface AssemblerRun {
  readonly frames: SensorFrame[];
  readonly rejects: Record<"bad_crc" | "bad_length" | "noise", number>;
  noiseBytes: number;
  readonly decoded: { ok: number; rejected: number; unknownType: number };
  readonly assembler: FrameAssembler;
}

function decodeFramePayload(frame: SensorFrame): Result<unknown> | undefined {
  if (frame.type === FrameType.hello) return decodeHello(frame.payload);
  if (frame.type === FrameType.bladderEcho) return decodeBladderEcho(frame.payload);
  return undefined;
}

function runAssembler(rng: SeededRandom, bytes: Uint8Array, maxChunk: number): AssemblerRun {
  const assembler = new FrameAssembler();
  const run: AssemblerRun = {
    frames: [],
    rejects: { bad_crc: 0, bad_length: 0, noise: 0 },
    noiseBytes: 0,
    decoded: { ok: 0, rejected: 0, unknownType: 0 },
    assembler,
  };
  tally.frameBytes += bytes.length;
  for (const chunk of chunks(rng, bytes, maxChunk)) {
    const items = guard(
      "frame assembler",
      () => Buffer.from(chunk).toString("hex"),
      () => assembler.push(chunk),
    );
    for (const item of items ?? []) {
      if (!item.ok) {
        run.rejects[item.reason] += 1;
        if (item.reason === "noise") run.noiseBytes += item.bytes.length;
        continue;
      }
      run.frames.push(item.value);
      tally.framePayloads += 1;
      const payload = () => Buffer.from(item.value.payload).toString("hex");
      const result = guard("frame payload", payload, () => decodeFramePayload(item.value));
      if (result === undefined) run.decoded.unknownType += 1;
      else if (result.ok) run.decoded.ok += 1;
      else run.decoded.rejected += 1;
    }
  }
  return run;
}

describe("fuzzing the serial frame path", () => {
  it("gives back every frame of a clean stream, whatever the chunking", () => {
    const rng = new SeededRandom(SEED ^ 0x0f0f0f0f);
    const stream = validFrameStream(rng, STREAM_BYTES / 4);
    const run = runAssembler(rng, stream.bytes, 4096);
    expect(run.frames).toEqual(stream.frames);
    expect(run.rejects).toEqual({ bad_crc: 0, bad_length: 0, noise: 0 });
    expect(crashes).toEqual([]);
  });

  it("counts every reject of random bytes and damaged streams, and never throws", () => {
    const rng = new SeededRandom(SEED ^ 0x5a5a5a5a);
    const clean = validFrameStream(rng, STREAM_BYTES).bytes;
    const streams = [rng.bytes(STREAM_BYTES), damageStream(rng, clean, 400), damageStream(rng, clean, 40)];
    const runs = streams.map((bytes) => runAssembler(rng, bytes, rng.pick([1, 7, 300, 4096])));
    for (const run of runs) {
      const { counters } = run.assembler;
      expect(counters.frames).toBe(run.frames.length);
      expect(counters.badCrc).toBe(run.rejects.bad_crc);
      expect(counters.badLength).toBe(run.rejects.bad_length);
      expect(counters.noiseBytes).toBe(run.noiseBytes);
      const { ok, rejected, unknownType } = run.decoded;
      expect(ok + rejected + unknownType).toBe(run.frames.length);
    }
    // Damage at one byte in 400 still lets most frames through; one in 40 rejects many more.
    expect(runs[1]?.frames.length).toBeGreaterThan(runs[2]?.frames.length ?? 0);
    expect(runs[1]?.decoded.ok).toBeGreaterThan(1000);
    expect(crashes).toEqual([]);
  });

  it("payload decoders answer every arbitrary payload with a value or a reason", () => {
    const rng = new SeededRandom(SEED ^ 0x3c3c3c3c);
    const outcomes = { ok: 0, rejected: 0 };
    for (let i = 0; i < DECODER_INPUTS; i++) {
      const length = rng.chance(0.4) ? 12 : rng.chance(0.5) ? rng.between(3, 67) : rng.below(261);
      const payload = rng.bytes(length);
      for (const decode of [decodeHello, decodeBladderEcho]) {
        tally.framePayloads += 1;
        const result = guard(
          "payload decoder",
          () => Buffer.from(payload).toString("hex"),
          () => decode(payload),
        );
        if (result?.ok) outcomes.ok += 1;
        else if (result) outcomes.rejected += 1;
      }
    }
    console.log(`fuzz_decoder_ok=${outcomes.ok} fuzz_decoder_rejected=${outcomes.rejected}`);
    expect(outcomes.ok + outcomes.rejected).toBe(2 * DECODER_INPUTS);
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(crashes).toEqual([]);
  });
});
