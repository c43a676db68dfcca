import { describe, expect, it } from "vitest";
import { parseSimConfig } from "../config.ts";

const defaults = { nowMs: 1_700_000_000_000, localUtcOffsetMinutes: 540 };
const resident = { sensorId: "bladder-1", seed: 1, ttyPath: "b.sensor", groundTruthDir: "gt" };
const suit = {
  sensorId: "suit-1",
  seed: 7,
  ttyPath: "s.sensor",
  groundTruthDir: "gt",
  channelCount: 8,
  sampleRateHz: 2000,
};

describe("the suits section of sim.json", () => {
  it("fills defaults and keeps the residents as they were", () => {
    const parsed = parseSimConfig({ residents: [resident], suits: [suit] }, defaults);
    expect(parsed.ok && parsed.value.suits?.[0]).toMatchObject({
      sessions: 1,
      sessionS: 120,
      restS: 10,
      baudRate: 921_600,
      counterStart: 0,
    });
    expect(parsed.ok && parsed.value.residents).toHaveLength(1);
    expect(parseSimConfig({ residents: [resident] }, defaults).ok).toBe(true);
  });

  it("refuses a serial line too slow for the stream, and ids or ttys used twice", () => {
    const parsed = parseSimConfig(
      {
        residents: [resident],
        suits: [
          { ...suit, baudRate: 115_200 },
          { ...suit, ttyPath: "b.sensor", sensorId: "bladder-1" },
        ],
      },
      defaults,
    );
    expect(parsed.ok ? [] : parsed.reason.split("\n")).toEqual([
      "suits[0].baudRate: 115200 baud cannot carry 8 channels at 2000 Hz (needs ≥ 409601)",
      'suits[1].sensorId: "bladder-1" is used twice',
      'suits[1].ttyPath: "b.sensor" is used twice',
    ]);
  });
});
