import { describe, expect, it } from "vitest";
import { parseRecording } from "./recording-parser.ts";

describe("parseRecording", () => {
  it("reads selected 1-based columns of a CSV with a header row", () => {
    const result = parseRecording("t,a,b\n0,10,20\n0.01,11,21\n", [2, 3]);
    expect(result.ok && Array.from(result.value.interleaved)).toEqual([10, 20, 11, 21]);
    expect(result.ok && result.value.frames).toBe(2);
  });

  it("reads BioSPPy text files and their sampling rate", () => {
    const text =
      "# Simple Text Format\n# Sampling Rate (Hz):= 1000.00\n# Resolution:= 12\n# Labels:= BCG\n1962.0\n1865.0\n";
    const result = parseRecording(text, [1]);
    expect(result.ok && result.value.headerRateHz).toBe(1000);
    expect(result.ok && result.value.bioSppy).toBe(true);
    expect(result.ok && Array.from(result.value.interleaved)).toEqual([1962, 1865]);
  });

  it("accepts tabs and semicolons and counts unreadable rows", () => {
    const result = parseRecording("1\t2\n3;4\nx;y\n5 6\n", [1, 2]);
    expect(result.ok && result.value.frames).toBe(3);
    expect(result.ok && result.value.skippedRows).toBe(1);
  });

  it("rejects bad column numbers and files without data", () => {
    expect(parseRecording("1,2\n", [0]).ok).toBe(false);
    expect(parseRecording("# only a header\n", [1])).toEqual({
      ok: false,
      reason: "no data rows with the selected columns",
    });
  });
});
