import { describe, expect, it } from "vitest";
import { defaultSuitDspConfig, suitDspConfig, validateSuitDspConfig } from "./config.ts";

describe("suit DSP config", () => {
  it("accepts the defaults across the whole 200–4000 Hz range", () => {
    for (const rate of [200, 1000, 4000])
      expect(validateSuitDspConfig(defaultSuitDspConfig(rate, 8)).ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const result = suitDspConfig(100, 2, { envelope: { windowMs: 20 }, notch: { bandwidthHz: 0 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("sampleRateHz");
    expect(result.reason).toContain("envelope.windowMs");
    expect(result.reason).toContain("notch.bandwidthHz");
  });

  it("merges partial overrides over the defaults", () => {
    const result = suitDspConfig(1000, 3, { envelope: { windowMs: 250 }, notch: { mode: 60 } });
    expect(result.ok && result.value.envelope).toEqual({ kind: "rms", windowMs: 250, hopMs: 10 });
    expect(result.ok && result.value.notch.mode).toBe(60);
  });

  it("rejects intent groups naming channels that do not exist", () => {
    expect(suitDspConfig(1000, 2, { intent: { groups: [{ name: "x", channels: [2] }] } }).ok).toBe(false);
  });
});
