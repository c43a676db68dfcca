import { describe, expect, it } from "vitest";
import { parseReplayArgs, replayOverrides, replayRows } from "./replay-options.ts";
import type { SuitProcessorOutput } from "./suit-processor.ts";

describe("parseReplayArgs", () => {
  it("reads every option", () => {
    const parsed = parseReplayArgs([
      "--file",
      "rec.csv",
      "--rate",
      "1500",
      "--columns",
      "2,3",
      "--notch",
      "60",
      "--window-ms",
      "150",
      "--events-only",
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        file: "rec.csv",
        rateHz: 1500,
        columns: [2, 3],
        notch: 60,
        windowMs: 150,
        uvPerCount: 1,
        eventsOnly: true,
      },
    });
  });

  it("reports all problems at once", () => {
    const parsed = parseReplayArgs(["--notch", "55", "--columns", "0", "--bogus", "1"]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toContain("--notch");
    expect(parsed.reason).toContain("--columns");
    expect(parsed.reason).toContain("unknown option --bogus");
    expect(parsed.reason).toContain("--file is required");
  });

  it("turns options into estimator overrides, the header's ADC range unless given", () => {
    const parsed = parseReplayArgs(["--file", "x", "--notch", "auto", "--window-ms", "200"]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const overrides = replayOverrides(parsed.value, { min: 0, max: 4095 });
    expect(overrides).toMatchObject({
      notch: { mode: "auto" },
      envelope: { windowMs: 200 },
      adcMinCounts: 0,
      adcMaxCounts: 4095,
    });
  });
});

describe("replayRows", () => {
  const output: SuitProcessorOutput = {
    envelopes: [{ timeMs: 100, envelopeUv: [1.5, 2] }],
    onsets: [{ channel: 1, onsetMs: 95, detectedAtMs: 130, thresholdUv: 4 }],
    offsets: [],
    intents: [],
    electrode: [{ channel: 0, atMs: 50, detectedAtMs: 250, state: "off", fault: "flat" }],
    spectra: [{ channel: 0, timeMs: 128, medianHz: 80, meanHz: 90, active: false }],
    mainsHz: 50,
    rejectedRises: 0,
  };

  it("prints envelopes, spectra and events labelled by source column", () => {
    expect(replayRows(output, ["2", "3"], false)).toEqual([
      "envelope,100.0,2,1.500,",
      "envelope,100.0,3,2.000,",
      "median_freq,128.0,2,80.000,mean_hz=90.000;active=0",
      "onset,95.0,3,4.000,detected_at_ms=130.0",
      "electrode_off,50.0,2,,fault=flat",
    ]);
  });

  it("prints only events when asked", () => {
    expect(replayRows(output, ["2", "3"], true)).toHaveLength(2);
  });
});
