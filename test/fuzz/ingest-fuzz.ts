// The bridge's MQTT path fuzzed through the bridge's own Ingest (validate → points → sink; rejects to
// the dead letters) with mutated envelopes of every payload kind and broken topics. The counts come from
// the bridge's counters, and every input is followed one by one: a reject must leave exactly one dead
// letter holding its reason and the raw bytes, an accepted message exactly one sink write.
import { type BridgeCounters, type CounterSnapshot, totalRejects } from "../../bridge/counters.ts";
import { TEST_LIMITS, TEST_NOW_MS } from "../../bridge/envelope-builders.ts";
import { Ingest } from "../../bridge/ingest.ts";
import { toLineProtocol } from "../../bridge/line-protocol.ts";
import type { Logger } from "../../bridge/log.ts";
import type { Point, PointSink } from "../../bridge/sink.ts";
import { decodePoints, encodePoints } from "../../bridge/spool-codec.ts";
import { REJECT_CODES } from "../../bridge/validate.ts";
import type { DeadLetter, DeadLetterSink } from "../../proto/index.ts";
import { decodeEnvelope } from "../../proto/index.ts";
import { type CrashLog, hex } from "./crash-log.ts";
import { fuzzTopic, mutateBytes, mutateField, type Seed } from "./envelope-mutations.ts";
import type { SeededRandom } from "./seeded-random.ts";

export interface IngestTally {
  inputs: number;
  accepted: number;
  rejected: number;
  /** Inputs whose outcome was neither exactly one dead letter nor exactly one sink write. */
  unaccounted: number;
  /** Dead letters without a known reason code, or whose bytes or topic differ from the input. */
  badDeadLetters: number;
  /** Decisions other than "ack": the sink never fails here, so nothing may be left for redelivery. */
  notAcknowledged: number;
  acceptedWithoutPoints: number;
  /** Accepted points whose line protocol differs after a trip through the spool codec. */
  replayMismatches: number;
  acceptedKinds: Set<string>;
  /** The bridge's own counters after the run. */
  counters: CounterSnapshot;
  /** With a dead-letter store: the dead letters as the Ingest handed them over, in order. */
  deadLetters: DeadLetter[];
}

/** A logger whose errors are crashes: the Ingest logs one only when it caught an exception. */
function crashReportingLogger(crashes: CrashLog): Logger {
  const quiet = () => undefined;
  return {
    error: (message, fields) => crashes.record("ingest log", () => JSON.stringify(fields ?? {}), message),
    warn: quiet,
    info: quiet,
    debug: quiet,
    debugEnabled: false,
  };
}

/** Keeps only the latest write: enough to tell whether, and what, one message wrote. */
class MemorySink implements PointSink {
  writes = 0;
  last: readonly Point[] = [];
  async write(points: readonly Point[]): Promise<void> {
    this.writes += 1;
    this.last = points;
  }
  async close(): Promise<void> {}
}

function replaysAlike(points: readonly Point[]): boolean {
  const spooled = decodePoints(encodePoints(points));
  return spooled.ok && toLineProtocol(spooled.value) === toLineProtocol(points);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

function letterMatches(letter: DeadLetter, topic: string, bytes: Uint8Array): boolean {
  const code = letter.reason.slice(0, letter.reason.indexOf(":"));
  const known = (REJECT_CODES as readonly string[]).includes(code) && code !== "internal_error";
  return (
    known &&
    letter.reason.length > code.length + 2 &&
    letter.topic === topic &&
    sameBytes(letter.payload, bytes)
  );
}

/** One fuzz input: a seed's topic (sometimes broken) and its bytes, mutated field- or byte-wise. */
export function envelopeInput(
  rng: SeededRandom,
  seeds: readonly Seed[],
): { topic: string; bytes: Uint8Array } {
  const base = rng.pick(seeds);
  const topic = fuzzTopic(rng, base.topic);
  let bytes = (rng.chance(0.35) ? mutateField(rng, base.init) : undefined) ?? base.bytes;
  if (bytes === base.bytes || rng.chance(0.2)) bytes = mutateBytes(rng, bytes, rng.pick(seeds).bytes);
  return { topic, bytes };
}

export interface IngestFuzzOptions {
  rng: SeededRandom;
  seeds: readonly Seed[];
  inputs: number;
  crashes: CrashLog;
  /** The bridge's counters the Ingest counts into (and a dead-letter file may report to). */
  counters: BridgeCounters;
  /** Where the dead letters go besides the tally: a real DeadLetterFile, say. */
  deadLetterStore?: DeadLetterSink;
}

type Tally = Omit<IngestTally, "counters" | "deadLetters">;

/** Sorts one message's outcome: exactly one dead letter (a reject) or exactly one sink write (accepted). */
function judge(
  tally: Tally,
  input: { topic: string; bytes: Uint8Array },
  letters: DeadLetter[],
  sink: MemorySink,
) {
  const [letter] = letters;
  if (letters.length === 1 && sink.writes === 0 && letter) {
    tally.rejected += 1;
    if (!letterMatches(letter, input.topic, input.bytes)) tally.badDeadLetters += 1;
  } else if (letters.length === 0 && sink.writes === 1) {
    tally.accepted += 1;
    const decoded = decodeEnvelope(input.bytes);
    if (decoded.ok && decoded.value.payload) tally.acceptedKinds.add(decoded.value.payload);
    if (sink.last.length === 0) tally.acceptedWithoutPoints += 1;
    if (!replaysAlike(sink.last)) tally.replayMismatches += 1;
  } else {
    tally.unaccounted += 1;
  }
}

export async function fuzzIngest(options: IngestFuzzOptions): Promise<IngestTally> {
  const { rng, seeds, inputs, crashes, counters, deadLetterStore } = options;
  const kept: DeadLetter[] = [];
  let letters: DeadLetter[] = [];
  const sink = new MemorySink();
  const ingest = new Ingest({
    sink,
    deadLetters: {
      record: (letter) => {
        letters.push(letter);
        if (!deadLetterStore) return Promise.resolve();
        kept.push(letter);
        return deadLetterStore.record(letter);
      },
    },
    counters,
    limits: TEST_LIMITS,
    retry: { baseMs: 1, capMs: 1, budgetMs: 1_000 },
    clock: { now: () => TEST_NOW_MS, sleep: async () => undefined, random: () => 0.5 },
    log: crashReportingLogger(crashes),
  });
  const tally: Tally = {
    inputs,
    accepted: 0,
    rejected: 0,
    unaccounted: 0,
    badDeadLetters: 0,
    notAcknowledged: 0,
    acceptedWithoutPoints: 0,
    replayMismatches: 0,
    acceptedKinds: new Set(),
  };
  for (let i = 0; i < inputs; i++) {
    const input = envelopeInput(rng, seeds);
    [letters, sink.writes] = [[], 0];
    const describe = () => `#${i} topic ${JSON.stringify(input.topic)} bytes ${hex(input.bytes)}`;
    const decision = await crashes.guardAsync("ingest", describe, () =>
      ingest.handle(input.topic, input.bytes),
    );
    if (decision !== "ack") tally.notAcknowledged += 1;
    judge(tally, input, letters, sink);
  }
  return { ...tally, counters: counters.snapshot(), deadLetters: kept };
}

/** Where the bridge's own counters disagree with what the inputs did (empty when they agree). */
export function counterMismatches(tally: IngestTally): string[] {
  const { counters } = tally;
  const mismatches: string[] = [];
  const check = (name: string, counted: number, seen: number) => {
    if (counted !== seen) mismatches.push(`${name}: counted ${counted}, seen ${seen}`);
  };
  check("received", counters.received, tally.inputs);
  check("accepted", counters.accepted, tally.accepted);
  check("rejects", totalRejects(counters), tally.rejected);
  return mismatches;
}
