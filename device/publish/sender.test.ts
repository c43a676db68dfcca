import { describe, expect, it } from "vitest";
import { type care, decodeEnvelope, MAX_ENVELOPE_BYTES } from "../../proto/index.ts";
import { Counters } from "../status/counters.ts";
import type { DeadLetterLog } from "../status/dead-letters.ts";
import { createEnvelopeFactory } from "./envelope-factory.ts";
import { MemoryOutbox, type Outbox } from "./outbox.ts";
import { createSender } from "./sender.ts";
import { testClock } from "./test-clock.ts";

function setup(
  outbox: Outbox = new MemoryOutbox({ maxMessages: 1000, maxBytes: 64 << 20, maxAgeMs: 1e9 }, testClock()),
) {
  const counters = new Counters();
  const letters: Parameters<DeadLetterLog["add"]>[0][] = [];
  const clock = { now: () => Date.UTC(2026, 0, 1), monotonic: () => 0 };
  const envelopes = createEnvelopeFactory("room1", "site", clock, "00000000-0000-4000-8000-000000000001");
  let pumps = 0;
  const send = createSender({
    envelopes,
    outbox,
    pump: () => void pumps++,
    topicOf: (kind) => `care/v1/site/room1/${kind}`,
    counters,
    deadLetters: { add: (letter) => void letters.push(letter), settle: async () => undefined },
    now: clock.now,
    warn: () => undefined,
  });
  return { send, outbox, counters, letters, envelopes, pumps: () => pumps };
}

/** The largest batch the config allows: 10 000 instants of 16 channels of full-range EMG. */
function hugeBatch(): care.v1.SampleBatch.$Properties {
  return {
    sensorId: "suit-1",
    stream: "emg",
    channelNames: Array.from({ length: 16 }, (_, c) => `ch${c}`),
    values: Array.from({ length: 160_000 }, (_, i) => ((i * 104_729) % 2_000_000) - 1_000_000),
    startTimeUs: 1_767_225_600_000_000,
    sampleOffsetsUs: Array.from({ length: 10_000 }, (_, i) => i * 500),
    firstSensorSeq: 1,
  };
}

describe("createSender", () => {
  it("splits a sample batch above the broker's limit into envelopes that fit, with consecutive seq", () => {
    const { send, outbox, counters } = setup();
    send({ samples: hugeBatch() }, false);
    const stored = outbox.next(100, new Set());
    expect(stored.length).toBeGreaterThan(1);
    const envelopes = stored.map((m) => {
      expect(m.bytes.length).toBeLessThanOrEqual(MAX_ENVELOPE_BYTES);
      const decoded = decodeEnvelope(m.bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.value;
    });
    expect(envelopes.map((e) => Number(e.seq))).toEqual(stored.map((_, i) => i + 1));
    const total = envelopes.reduce((sum, e) => sum + (e.samples?.sampleOffsetsUs?.length ?? 0), 0);
    expect(total).toBe(10_000);
    expect(counters.get("envelopes_split")).toBe(stored.length - 1);
    expect(counters.get("enqueued_samples")).toBe(stored.length);
  });

  it("dead-letters and counts an envelope that cannot be split, and sends the next one", () => {
    const { send, outbox, counters, letters } = setup();
    send({ alert: { sensorId: "bed-1", message: "x".repeat(MAX_ENVELOPE_BYTES) } }, true);
    send({ alert: { sensorId: "bed-1", message: "bed exit" } }, true);
    expect(counters.get("envelopes_too_large")).toBe(1);
    expect(letters[0]?.reason).toMatch(/^envelope_too_large: \d+ bytes > 262144$/);
    expect(outbox.next(10, new Set()).map((m) => m.bytes.length < 1000)).toEqual([true]);
  });

  it("counts and dead-letters a message the outbox cannot store (disk full) instead of throwing", () => {
    class FullDisk extends MemoryOutbox {
      override push(): void {
        throw new Error("ENOSPC: no space left on device, write");
      }
    }
    const full = new FullDisk({ maxMessages: 10, maxBytes: 1000, maxAgeMs: 1e9 }, testClock());
    const { send, counters, letters, envelopes, pumps } = setup(full);
    expect(() => send({ event: { sensorId: "bed-1", kind: "bed_exit" } }, false)).not.toThrow();
    expect(counters.get("send_errors")).toBe(1);
    expect(letters[0]?.reason).toMatch(/^outbox_write_failed: ENOSPC/);
    expect(letters[0]?.payload.length).toBeGreaterThan(0);
    // The seq is taken anyway, so the bridge sees the loss as a gap.
    expect(envelopes.lastSeq).toBe(1);
    expect(pumps()).toBe(1);
  });
});
