import { describe, expect, it } from "vitest";
import { defaultSystemOptions, residentsTime } from "./system-config.ts";

const startAtMs = Date.UTC(2026, 10, 22, 15, 20, 7);

describe("residentsTime", () => {
  it("starts an accelerated run one real minute's worth of simulated time back", () => {
    const time = residentsTime({ ...defaultSystemOptions, acceleration: 3600 }, startAtMs);
    expect(time).toEqual({ epochMs: startAtMs - 3600 * 60_000, startAtMs });
    expect(residentsTime({ ...defaultSystemOptions, acceleration: 1 }, startAtMs).epochMs).toBe(startAtMs);
  });

  it("pins the simulated start to the latest given UTC hour before that, whenever the run starts", () => {
    // At 60×, one real minute is one simulated hour.
    const options = { ...defaultSystemOptions, acceleration: 60, startUtcHour: 13 };
    expect(new Date(residentsTime(options, startAtMs).epochMs).toISOString()).toBe(
      "2026-11-22T13:00:00.000Z",
    );
    const early = Date.UTC(2026, 10, 22, 9, 0, 0);
    expect(new Date(residentsTime(options, early).epochMs).toISOString()).toBe("2026-11-21T13:00:00.000Z");
  });
});
