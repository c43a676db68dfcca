import { describe, expect, it } from "vitest";
import { encodeBladderEcho, encodeFrame, FrameType } from "../../proto/index.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import { defaultBladderSettings } from "../sensors/bladder/bladder-settings.ts";
import type { SensorAnalyzer } from "../sensors/sensor-definition.ts";
import { Counters } from "../status/counters.ts";
import type { ByteTransport, TransportHandlers } from "../transports/transport.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { startSensorStream } from "./sensor-stream.ts";

const echoFrame = (seq: number) =>
  encodeFrame({
    type: FrameType.bladderEcho,
    seq,
    payload: encodeBladderEcho({
      ticksMs: seq * 1000,
      anteriorMm: 30,
      posteriorMm: 130,
      strength: 200,
      moving: false,
      batteryPct: 90,
    }),
  });

/** A transport the test feeds by hand. */
class HandFedTransport implements ByteTransport {
  readonly name = "hand";
  handlers: TransportHandlers | null = null;
  start(handlers: TransportHandlers): void {
    this.handlers = handlers;
  }
  async stop(): Promise<void> {}
  async write(): Promise<boolean> {
    return true;
  }
  feed(bytes: Uint8Array): void {
    this.handlers?.onData(bytes);
  }
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("startSensorStream", () => {
  it("restarts a pipeline whose analyzer threw, after a backoff, counting it and telling why", async () => {
    const transport = new HandFedTransport();
    const counters = new Counters();
    const outputs: OutgoingPayload[] = [];
    const states: string[] = [];
    let throwOnNext = false;
    const analyzer: SensorAnalyzer<unknown> = {
      analyze: () => {
        if (!throwOnNext) return [];
        throwOnNext = false;
        throw new Error("estimator bug");
      },
    };
    const stream = startSensorStream(
      transport,
      bladderDefinition,
      defaultBladderSettings,
      {
        sensorId: "bladder-1",
        clock: { now: () => 1_767_225_600_000, monotonic: () => performance.now() },
        counters,
        clockToleranceMs: 5_000,
        batchMaxCount: 1,
        batchMaxDelayMs: 1_000,
        windowMs: 300_000,
        windowIdleFlushMs: 60_000,
        analyzer,
        onReject: () => undefined,
        onHello: () => undefined,
        onClock: () => undefined,
        backoff: { initialMs: 40, maxMs: 40, factor: 2 },
        random: () => 1,
        onPipelineState: (state, reason) => states.push(`${state}: ${reason}`),
      },
      () => undefined,
      (payload) => outputs.push(payload),
    );
    const samples = () => outputs.filter((payload) => "samples" in payload).length;
    transport.feed(echoFrame(0));
    await until(() => samples() === 1);
    throwOnNext = true;
    transport.feed(echoFrame(1));
    await until(() => states.length === 1);
    transport.feed(echoFrame(2));
    expect(counters.get("pipeline_bytes_dropped")).toBe(echoFrame(2).length);
    await until(() => states.length === 2);
    transport.feed(echoFrame(3));
    await until(() => samples() === 2);
    await stream.stop();
    expect(states).toEqual([
      "failed: pipeline failed: estimator bug; restart in 40 ms",
      "restarted: pipeline restarted after 1 failure(s)",
    ]);
    expect(counters.get("pipeline_failures")).toBe(1);
    expect(samples()).toBeGreaterThanOrEqual(2);
  });
});
