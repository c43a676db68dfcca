// Replays a recorded multi-channel EMG file through the suit estimators and prints envelopes and events as
// CSV on stdout (summary and rejects on stderr). The I/O shell around the pure SuitEmgProcessor.
//   node --import tsx device/suit/replay-cli.ts --file rec.csv --rate 1000 --columns 1,2,3 [--notch auto]

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { RecordingHeader } from "./recording-format.ts";
import { adcRangeFromHeader, parseHeaderLine, parseRecordingLine } from "./recording-format.ts";
import type { ReplayOptions } from "./replay-options.ts";
import {
  parseReplayArgs,
  replayCsvHeader,
  replayOverrides,
  replayRows,
  replayUsage,
} from "./replay-options.ts";
import { SuitEmgProcessor } from "./suit-processor.ts";

/** Rows handed to the estimator at once: bounded memory whatever the file length. */
const rowsPerChunk = 1000;

interface ReplayState {
  header: RecordingHeader;
  processor: SuitEmgProcessor | null;
  labels: string[];
  chunk: number[];
  chunkRows: number;
  rows: number;
  rejects: number;
  firstReject: string | null;
}

function createProcessor(options: ReplayOptions, state: ReplayState, channelCount: number): SuitEmgProcessor {
  const rateHz = options.rateHz ?? state.header.sampleRateHz;
  if (rateHz === undefined)
    throw new Error("no sampling rate: pass --rate or use a file with a '# Sampling Rate' header");
  const created = SuitEmgProcessor.create(
    rateHz,
    channelCount,
    replayOverrides(options, adcRangeFromHeader(state.header)),
  );
  if (!created.ok) throw new Error(`invalid settings: ${created.reason}`);
  state.labels =
    options.columns?.map(String) ?? Array.from({ length: channelCount }, (_, i) => String(i + 1));
  return created.value;
}

function flush(options: ReplayOptions, state: ReplayState): void {
  if (!state.processor || state.chunkRows === 0) return;
  const output = state.processor.process(state.chunk);
  for (const row of replayRows(output, state.labels, options.eventsOnly)) process.stdout.write(`${row}\n`);
  state.chunk = [];
  state.chunkRows = 0;
}

function handleLine(line: string, options: ReplayOptions, state: ReplayState): void {
  if (line.trimStart().startsWith("#")) {
    state.header = parseHeaderLine(line, state.header);
    return;
  }
  const parsed = parseRecordingLine(
    line,
    options.columns ?? null,
    state.rows === 0 && !state.header.columnNames,
  );
  if (!parsed.ok) {
    state.rejects++;
    state.firstReject ??= `line ${state.rows + state.rejects}: ${parsed.reason}`;
    return;
  }
  if (parsed.value.kind === "names") state.header = { ...state.header, columnNames: parsed.value.names };
  if (parsed.value.kind !== "sample") return;
  state.processor ??= createProcessor(options, state, parsed.value.values.length);
  if (parsed.value.values.length !== state.processor.config.channelCount) {
    state.rejects++;
    return;
  }
  state.chunk.push(...parsed.value.values);
  state.chunkRows++;
  state.rows++;
  if (state.chunkRows >= rowsPerChunk) flush(options, state);
}

function printSummary(state: ReplayState): void {
  const processor = state.processor;
  if (!processor) return;
  const lastMs = (state.rows * 1000) / processor.config.sampleRateHz;
  if (processor.mainsHz !== null) process.stdout.write(`mains,${lastMs.toFixed(1)},,${processor.mainsHz},\n`);
  for (const trend of processor.fatigueTrends()) {
    const detail = `windows=${trend.windows};start_hz=${trend.startHz.toFixed(2)};end_hz=${trend.endHz.toFixed(2)}`;
    const label = state.labels[trend.channel] ?? String(trend.channel + 1);
    process.stdout.write(
      `fatigue_slope_hz_per_min,${lastMs.toFixed(1)},${label},${trend.slopeHzPerMin.toFixed(4)},${detail}\n`,
    );
  }
  process.stderr.write(
    `replayed ${state.rows} rows, ${state.rejects} rejected${state.firstReject ? ` (first: ${state.firstReject})` : ""}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseReplayArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.reason}\n${replayUsage}\n`);
    return 2;
  }
  const options = parsed.value;
  const state: ReplayState = {
    header: {},
    processor: null,
    labels: [],
    chunk: [],
    chunkRows: 0,
    rows: 0,
    rejects: 0,
    firstReject: null,
  };
  process.stdout.write(`${replayCsvHeader}\n`);
  const lines = createInterface({
    input: createReadStream(options.file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) handleLine(line, options, state);
  flush(options, state);
  printSummary(state);
  return state.rows > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`replay failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
