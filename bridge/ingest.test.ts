import { describe, expect, it } from "vitest";
import type { DeadLetter, DeadLetterSink } from "../proto/index.ts";
import { encodeEnvelope } from "../proto/index.ts";
import { BridgeCounters } from "./counters.ts";
import { alert, baseEnvelope, sampleBatch, TEST_LIMITS, TEST_NOW_MS, topicOf } from "./envelope-builders.ts";
import { Ingest } from "./ingest.ts";
import { createLogger } from "./log.ts";
import { type Point, type PointSink, SinkWriteError } from "./sink.ts";

/** Fails the first `failures` writes with `error`, then stores. */
class ScriptedSink implements PointSink {
  readonly stored: Point[][] = [];
  constructor(
    private failures: number,
    private readonly error: Error = new SinkWriteError("connection refused", false),
  ) {}
  async write(points: readonly Point[]): Promise<void> {
    if (this.failures-- > 0) throw this.error;
    this.stored.push([...points]);
  }
  async close(): Promise<void> {}
}

class MemoryDeadLetters implements DeadLetterSink {
  readonly letters: DeadLetter[] = [];
  async record(letter: DeadLetter): Promise<void> {
    this.letters.push(letter);
  }
}

function setup(sink: PointSink) {
  let now = TEST_NOW_MS;
  const sleeps: number[] = [];
  const counters = new BridgeCounters();
  const deadLetters = new MemoryDeadLetters();
  const ingest = new Ingest({
    sink,
    deadLetters,
    counters,
    limits: TEST_LIMITS,
    retry: { baseMs: 100, capMs: 1_000, budgetMs: 3_000 },
    clock: {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
      random: () => 1,
    },
    log: createLogger("test", { level: "silent" }),
  });
  return { ingest, counters, deadLetters, sleeps };
}

const envelope = baseEnvelope({ samples: sampleBatch() });
const topic = topicOf(envelope, "samples");
const bytes = encodeEnvelope(envelope);

describe("Ingest", () => {
  it("stores a valid message's points and acknowledges it", async () => {
    const sink = new ScriptedSink(0);
    const { ingest, counters } = setup(sink);
    await expect(ingest.handle(topic, bytes)).resolves.toBe("ack");
    expect(sink.stored[0]?.map((point) => point.measurement)).toEqual([
      "envelope",
      "bladder_echo",
      "bladder_echo",
      "bladder_echo",
    ]);
    expect(counters.snapshot()).toMatchObject({ received: 1, accepted: 1, rejects: {} });
  });

  it("dead-letters and acknowledges an invalid message without touching the sink", async () => {
    const sink = new ScriptedSink(0);
    const { ingest, counters, deadLetters } = setup(sink);
    const wrongDevice = "care/v1/ward-3/bed-99/samples";
    await expect(ingest.handle(wrongDevice, bytes)).resolves.toBe("ack");
    await expect(ingest.handle(topic, Uint8Array.from([0xff, 0x01]))).resolves.toBe("ack");
    expect(sink.stored).toEqual([]);
    expect(counters.snapshot().rejects).toEqual({ device_mismatch: 1, malformed: 1 });
    expect(
      deadLetters.letters.map((letter) => [letter.topic, letter.reason.split(":")[0], letter.timeMs]),
    ).toEqual([
      [wrongDevice, "device_mismatch", TEST_NOW_MS],
      [topic, "malformed", TEST_NOW_MS],
    ]);
    expect(deadLetters.letters[0]?.payload).toEqual(bytes);
  });

  it("a bad message between good ones does not disturb them", async () => {
    const sink = new ScriptedSink(0);
    const { ingest } = setup(sink);
    const next = baseEnvelope({ seq: 43, alert: alert() });
    expect(await ingest.handle(topic, bytes)).toBe("ack");
    expect(await ingest.handle(topic, encodeEnvelope(baseEnvelope({ seq: 0, samples: sampleBatch() })))).toBe(
      "ack",
    );
    expect(await ingest.handle(topicOf(next, "alerts"), encodeEnvelope(next))).toBe("ack");
    expect(sink.stored.map((points) => points.length)).toEqual([4, 2]);
  });

  it("retries a store that is briefly down, then acknowledges", async () => {
    const sink = new ScriptedSink(2);
    const { ingest, counters, sleeps } = setup(sink);
    await expect(ingest.handle(topic, bytes)).resolves.toBe("ack");
    expect(sleeps).toEqual([100, 200]);
    expect(sink.stored).toHaveLength(1);
    expect(counters.snapshot().deliveriesAbandoned).toBe(0);
  });

  it("leaves the message for redelivery when the store stays down past the budget", async () => {
    const sink = new ScriptedSink(100);
    const { ingest, counters, deadLetters } = setup(sink);
    await expect(ingest.handle(topic, bytes)).resolves.toBe("redeliver");
    expect(counters.snapshot().deliveriesAbandoned).toBe(1);
    expect(deadLetters.letters).toEqual([]);
  });

  it("dead-letters a message the store refuses as bad data", async () => {
    const sink = new ScriptedSink(1, new SinkWriteError("field type conflict", true, 400));
    const { ingest, counters, deadLetters, sleeps } = setup(sink);
    await expect(ingest.handle(topic, bytes)).resolves.toBe("ack");
    expect(sleeps).toEqual([]);
    expect(counters.snapshot().rejects).toEqual({ sink_rejected: 1 });
    expect(deadLetters.letters[0]?.reason).toMatch(/^sink_rejected: field type conflict/);
  });

  it("never throws: a bug in a sink becomes an internal_error dead letter", async () => {
    const sink: PointSink = {
      write: () => {
        throw new TypeError("boom");
      },
      close: async () => {},
    };
    const { ingest, counters, deadLetters } = setup(sink);
    await expect(ingest.handle(topic, bytes)).resolves.toBe("ack");
    expect(counters.snapshot().rejects).toEqual({ internal_error: 1 });
    expect(deadLetters.letters[0]?.reason).toBe("internal_error: boom");
  });
});
