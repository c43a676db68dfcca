import { describe, expect, it } from "vitest";
import { adcRangeFromHeader, parseHeaderLine, parseRecordingLine, splitFields } from "./recording-format.ts";

describe("recording headers", () => {
  it("reads the BioSPPy simple text header", () => {
    let header = {};
    for (const line of [
      "# Simple Text Format",
      "# Sampling Rate (Hz):= 1000.00",
      "# Resolution:= 12",
      "# Labels:= EMG",
    ]) {
      header = parseHeaderLine(line, header);
    }
    expect(header).toEqual({ sampleRateHz: 1000, resolutionBits: 12, labels: ["EMG"] });
    expect(adcRangeFromHeader(header)).toEqual({ min: 0, max: 4095 });
  });
});

describe("recording lines", () => {
  it("splits comma, semicolon, tab and space separated rows", () => {
    expect(splitFields("1,2, 3")).toEqual(["1", "2", "3"]);
    expect(splitFields("1;2;3")).toEqual(["1", "2", "3"]);
    expect(splitFields(" 1\t2  3 ")).toEqual(["1", "2", "3"]);
  });

  it("keeps the selected 1-based columns", () => {
    expect(parseRecordingLine("0.001,10,20,30", [2, 4], false)).toEqual({
      ok: true,
      value: { kind: "sample", values: [10, 30] },
    });
    expect(parseRecordingLine("2055.0", null, false)).toEqual({
      ok: true,
      value: { kind: "sample", values: [2055] },
    });
  });

  it("recognises a header row of names, comments and blank lines", () => {
    expect(parseRecordingLine("time,VL,BF", null, true)).toEqual({
      ok: true,
      value: { kind: "names", names: ["time", "VL", "BF"] },
    });
    expect(parseRecordingLine("# note", null, false)).toEqual({ ok: true, value: { kind: "skip" } });
    expect(parseRecordingLine("   ", null, false)).toEqual({ ok: true, value: { kind: "skip" } });
  });

  it("rejects rows with missing or non-numeric selected columns, with a reason", () => {
    const missing = parseRecordingLine("1,2", [3], false);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toContain("column 3");
    const garbage = parseRecordingLine("1,abc", [2], false);
    expect(!garbage.ok && garbage.reason).toContain("not a number");
  });
});
