import { describe, expect, it } from "vitest";
import { encodeEnvelope, ok, rejected } from "../../proto/index.ts";
import type { SensorAnalyzer } from "../sensors/sensor-definition.ts";
import { CommandHandler } from "./command-handler.ts";

const commandBytes = (deviceId: string, commandId: string, sensorId: string, args: Record<string, string>) =>
  encodeEnvelope({
    deviceId,
    seq: 1,
    schemaVersion: 1,
    command: { commandId, kind: "set_lead_time", sensorId, args },
  });

function handlerWithCounter() {
  let applied = 0;
  const analyzer: SensorAnalyzer<unknown> = {
    analyze: () => [],
    applyCommand: (command) => {
      applied++;
      const minutes = Number(command.args.minutes);
      return Number.isFinite(minutes) && minutes > 0
        ? ok(`lead time ${minutes} min`)
        : rejected("minutes must be > 0");
    },
  };
  const handler = new CommandHandler("room101", new Map([["bladder-1", analyzer]]), () => 1000);
  return { handler, applied: () => applied };
}

describe("CommandHandler", () => {
  it("applies a command once and acknowledges a redelivery with the same outcome", () => {
    const { handler, applied } = handlerWithCounter();
    const bytes = commandBytes("room101", "c-1", "bladder-1", { minutes: "20" });
    const first = handler.handle(bytes);
    const again = handler.handle(bytes);
    expect(first).toEqual({
      ok: true,
      value: { commandId: "c-1", ok: true, message: "lead time 20 min", appliedMs: 1000 },
    });
    expect(again).toEqual(first);
    expect(applied()).toBe(1);
  });

  it("acknowledges a refused command with the reason", () => {
    const { handler } = handlerWithCounter();
    const ack = handler.handle(commandBytes("room101", "c-2", "bladder-1", { minutes: "-3" }));
    expect(ack.ok && ack.value.ok).toBe(false);
    expect(ack.ok && ack.value.message).toBe("minutes must be > 0");
    const unknown = handler.handle(commandBytes("room101", "c-3", "bed-9", {}));
    expect(unknown.ok && unknown.value.message).toMatch(/no sensor bed-9/);
  });

  it("ignores commands for another device and garbage", () => {
    const { handler } = handlerWithCounter();
    expect(handler.handle(commandBytes("room102", "c-4", "bladder-1", {})).ok).toBe(false);
    expect(handler.handle(new Uint8Array([1, 2, 3])).ok).toBe(false);
  });
});
