// Sanity check on a real recording (BioSPPy's example surface EMG, 1000 Hz, 100 s, low SNR; see
// test/fixtures/real/emg-biosppy/SOURCE.md). No onset labels exist, so this checks plausibility:
// a sensible envelope, no NaN, at most one onset in 63 s of quiet stretches, the active stretch found.
// The recording is read and run by test/accuracy/suit-real.ts, which the accuracy harness shares.

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { activeStretchMs, biosppyEmgPath, runBiosppyEmg, within } from "../../test/accuracy/suit-real.ts";

describe("suit estimators on the real BioSPPy EMG recording", () => {
  it("has the recording (a missing file is a failure, not a skip)", () => {
    expect(existsSync(biosppyEmgPath)).toBe(true);
  });

  const { header, samples, outputs, onsets, quietOnsets, quietMinutes } = runBiosppyEmg();
  const envelopes = outputs.flatMap((output) => output.envelopes);
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

  it("reads the header and all 100 s of samples", () => {
    expect(header.sampleRateHz).toBe(1000);
    expect(samples).toHaveLength(100_000);
  });

  it("gives a finite, sensible envelope: µV-level noise floor, higher in the active stretch", () => {
    expect(envelopes).toHaveLength(10_000);
    expect(envelopes.every((frame) => frame.envelopeUv.every(Number.isFinite))).toBe(true);
    const quiet = median(
      envelopes.filter((f) => within(f.timeMs, [5000, 30000])).map((f) => f.envelopeUv[0] ?? 0),
    );
    const active = median(
      envelopes.filter((f) => within(f.timeMs, [50000, 57000])).map((f) => f.envelopeUv[0] ?? 0),
    );
    expect(quiet).toBeGreaterThan(0.3);
    expect(quiet).toBeLessThan(5);
    expect(active).toBeGreaterThan(1.4 * quiet);
  });

  it("has at most 1 onset in 63 s of quiet stretches (< 1 per minute; 0 measured) and finds the active stretch", () => {
    expect(quietMinutes).toBeCloseTo(1.05, 2);
    expect(quietOnsets.length).toBeLessThanOrEqual(1);
    expect(quietOnsets.length / quietMinutes).toBeLessThanOrEqual(1);
    expect(onsets.some((o) => within(o.onsetMs, activeStretchMs))).toBe(true);
  });

  it("never reports the electrode off on a live recording", () => {
    expect(outputs.flatMap((output) => output.electrode)).toEqual([]);
  });
});
