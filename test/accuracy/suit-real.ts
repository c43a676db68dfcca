// The suit estimators on a real recording: BioSPPy's example surface EMG (1000 Hz, 100 s, low SNR; see
// test/fixtures/real/emg-biosppy/SOURCE.md). It has no onset labels; stretches that are quiet by eye (1-s
// RMS at the noise floor) and the clearly active one are marked here, so false onsets in the quiet can be
// counted. Used by the plausibility test (device/suit/real-emg.test.ts) and by `npm run accuracy -- suit`.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { OnsetEvent, RecordingHeader, SuitProcessorOutput } from "../../device/suit/index.ts";
import {
  adcRangeFromHeader,
  parseHeaderLine,
  parseRecordingLine,
  SuitEmgProcessor,
} from "../../device/suit/index.ts";

export const biosppyEmgPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../fixtures/real/emg-biosppy/emg.txt",
);
/** BITalino EMG transfer function (datasheet): VCC 3.3 V / 2^12 counts / gain 1009 ≈ 0.8 µV per count. */
export const biosppyUvPerCount = (3.3 / 4096 / 1009) * 1e6;
export const quietStretchesMs: readonly [number, number][] = [
  [3000, 33000],
  [61000, 94000],
];
export const activeStretchMs: readonly [number, number] = [49000, 59000];

export const within = (timeMs: number, [from, to]: readonly [number, number]) =>
  timeMs >= from && timeMs < to;

export interface RealEmgRun {
  header: RecordingHeader;
  samples: number[];
  outputs: SuitProcessorOutput[];
  onsets: OnsetEvent[];
  quietOnsets: OnsetEvent[];
  quietMinutes: number;
}

function loadRecording(): { header: RecordingHeader; samples: number[] } {
  let header: RecordingHeader = {};
  const samples: number[] = [];
  for (const line of readFileSync(biosppyEmgPath, "utf8").split("\n")) {
    if (line.startsWith("#")) header = parseHeaderLine(line, header);
    const parsed = parseRecordingLine(line, null, false);
    if (parsed.ok && parsed.value.kind === "sample") samples.push(...parsed.value.values);
  }
  return { header, samples };
}

/** Runs the default estimators over the recording in 100-sample blocks. */
export function runBiosppyEmg(): RealEmgRun {
  const { header, samples } = loadRecording();
  const range = adcRangeFromHeader(header);
  const created = SuitEmgProcessor.create(header.sampleRateHz ?? 0, 1, {
    uvPerCount: biosppyUvPerCount,
    adcMinCounts: range?.min ?? 0,
    adcMaxCounts: range?.max ?? 4095,
  });
  if (!created.ok) throw new Error(created.reason);
  const outputs: SuitProcessorOutput[] = [];
  for (let start = 0; start < samples.length; start += 100)
    outputs.push(created.value.process(samples.slice(start, start + 100)));
  const onsets = outputs.flatMap((output) => output.onsets);
  return {
    header,
    samples,
    outputs,
    onsets,
    quietOnsets: onsets.filter((o) => quietStretchesMs.some((stretch) => within(o.onsetMs, stretch))),
    quietMinutes: quietStretchesMs.reduce((total, [from, to]) => total + (to - from) / 60000, 0),
  };
}
