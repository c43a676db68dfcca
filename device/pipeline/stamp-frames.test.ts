import { describe, expect, it } from "vitest";
import { encodeBladderEcho, encodeHello, FrameType, type SensorFrame } from "../../proto/index.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import type { SensorDefinition } from "../sensors/sensor-definition.ts";
import { Counters } from "../status/counters.ts";
import { createFrameStamper } from "./stamp-frames.ts";

const echo = (seq: number, ticksMs: number): SensorFrame => ({
  type: FrameType.bladderEcho,
  seq,
  payload: encodeBladderEcho({
    ticksMs,
    anteriorMm: 30,
    posteriorMm: 90,
    strength: 200,
    moving: false,
    batteryPct: 80,
  }),
});
const hello = (seq: number): SensorFrame => ({
  type: FrameType.hello,
  seq,
  payload: encodeHello({ kindCode: 1, firmware: 3, sensorId: "bladder-1" }),
});

function stamper() {
  const counters = new Counters();
  const stamp = createFrameStamper(bladderDefinition as unknown as SensorDefinition<unknown, unknown>, {
    clock: { now: () => 1_000_000, monotonic: () => 0 },
    counters,
    clockToleranceMs: 5_000,
    onReject: () => undefined,
    onHello: () => undefined,
    onClock: () => undefined,
  });
  return { counters, stamp: (frame: SensorFrame) => stamp({ ok: true, value: frame }) };
}

describe("createFrameStamper", () => {
  it("gives a gap that ended in a HELLO to the next reading", () => {
    const { stamp, counters } = stamper();
    expect(stamp(echo(0, 0))?.gapBefore).toBe(0);
    // Frames 1 and 2 were lost while the link was down; the sensor greets again with frame 3.
    expect(stamp(hello(3))).toBeNull();
    const next = stamp(echo(4, 4000));
    expect(next?.gapBefore).toBe(2);
    expect(counters.get("frames_lost")).toBe(2);
  });

  it("counts a reading that fails to decode as part of the gap", () => {
    const { stamp } = stamper();
    stamp(echo(0, 0));
    const broken = { ...echo(1, 1000), payload: new Uint8Array(3) };
    expect(stamp(broken)).toBeNull();
    expect(stamp(echo(2, 2000))?.gapBefore).toBe(1);
  });
});
