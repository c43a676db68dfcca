// Sanity check on a real recording (BioSPPy's example surface EMG, 1000 Hz, 100 s, low SNR; see
// test/fixtures/real/emg-biosppy/SOURCE.md). No onset labels exist, so this checks plausibility:
// a sensible envelope, no NaN, few false onsets in the quiet stretches, the active stretch found.

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { RecordingHeader } from "./recording-format.ts";
import { adcRangeFromHeader, parseHeaderLine, parseRecordingLine } from "./recording-format.ts";
import type { SuitProcessorOutput } from "./suit-processor.ts";
import { SuitEmgProcessor } from "./suit-processor.ts";

const recordingPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/real/emg-biosppy/emg.txt",
);
/** BITalino EMG transfer function (datasheet): VCC 3.3 V / 2^12 counts / gain 1009 ≈ 0.8 µV per count. */
const uvPerCount = (3.3 / 4096 / 1009) * 1e6;
/** Stretches that are quiet by eye (1-s RMS at the noise floor) and the clearly active one. */
const quietStretchesMs = [
  [3000, 33000],
  [61000, 94000],
];
const activeStretchMs = [49000, 59000];

function loadRecording(): { header: RecordingHeader; samples: number[] } {
  let header: RecordingHeader = {};
  const samples: number[] = [];
  for (const line of readFileSync(recordingPath, "utf8").split("\n")) {
    if (line.startsWith("#")) header = parseHeaderLine(line, header);
    const parsed = parseRecordingLine(line, null, false);
    if (parsed.ok && parsed.value.kind === "sample") samples.push(...parsed.value.values);
  }
  return { header, samples };
}

describe("suit estimators on the real BioSPPy EMG recording", () => {
  it("has the recording (a missing file is a failure, not a skip)", () => {
    expect(existsSync(recordingPath)).toBe(true);
  });

  const { header, samples } = loadRecording();
  const range = adcRangeFromHeader(header);
  const created = SuitEmgProcessor.create(header.sampleRateHz ?? 0, 1, {
    uvPerCount,
    adcMinCounts: range?.min ?? 0,
    adcMaxCounts: range?.max ?? 4095,
  });
  if (!created.ok) throw new Error(created.reason);
  const outputs: SuitProcessorOutput[] = [];
  for (let start = 0; start < samples.length; start += 100)
    outputs.push(created.value.process(samples.slice(start, start + 100)));
  const envelopes = outputs.flatMap((output) => output.envelopes);
  const onsets = outputs.flatMap((output) => output.onsets);
  const within = (timeMs: number, [from, to]: number[]) => timeMs >= (from ?? 0) && timeMs < (to ?? 0);
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

  it("has at most 2 onsets in 63 s of quiet stretches and finds the active stretch", () => {
    const quietOnsets = onsets.filter((o) => quietStretchesMs.some((stretch) => within(o.onsetMs, stretch)));
    expect(quietOnsets.length).toBeLessThanOrEqual(2);
    expect(onsets.some((o) => within(o.onsetMs, activeStretchMs))).toBe(true);
  });

  it("never reports the electrode off on a live recording", () => {
    expect(outputs.flatMap((output) => output.electrode)).toEqual([]);
  });
});
