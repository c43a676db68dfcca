// Replays a recorded bed-sensor (or wrist accelerometer) file through the estimators.
//   node --import tsx device/bed/replay-cli.ts --file rec.csv --rate 250 --columns 1,2 [--epoch 30]
//        [--wrist] [--counts-per-g 4096] [--assume-occupied] [--no-breathing 20]
// Per-epoch CSV on stdout; events and the night summary on stderr. BioSPPy text files (with
// `#` headers) give their own rate and are treated as occupied throughout.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseRecording } from "./recording-parser.ts";
import { bedEpochsCsv, replayBed, replayWrist, wristEpochsCsv } from "./replay.ts";

function fail(message: string): never {
  console.error(`replay: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    file: { type: "string" },
    rate: { type: "string" },
    columns: { type: "string", default: "1" },
    epoch: { type: "string", default: "30" },
    wrist: { type: "boolean", default: false },
    "counts-per-g": { type: "string", default: "1" },
    "assume-occupied": { type: "boolean", default: false },
    "no-breathing": { type: "string", default: "20" },
  },
});
if (!values.file) fail("--file is required");
const columns = values.columns.split(",").map(Number);
const parsed = parseRecording(readFileSync(values.file, "utf8"), columns);
if (!parsed.ok) fail(parsed.reason);
const recording = parsed.value;
const sampleRateHz = values.rate ? Number(values.rate) : recording.headerRateHz;
if (!sampleRateHz) fail("--rate is required (the file does not state its sampling rate)");
const epochS = Number(values.epoch);
if (recording.skippedRows > 0) console.error(`replay: skipped ${recording.skippedRows} unreadable rows`);

if (values.wrist) {
  if (recording.channels !== 3) fail("--wrist needs three columns: x, y, z");
  const replay = replayWrist(recording.interleaved, sampleRateHz, epochS, Number(values["counts-per-g"]));
  console.log(wristEpochsCsv(replay, epochS).join("\n"));
} else {
  const replay = replayBed(recording.interleaved, {
    sampleRateHz,
    channels: recording.channels,
    epochS,
    noBreathingS: Number(values["no-breathing"]),
    assumeOccupied: values["assume-occupied"] || recording.bioSppy,
  });
  if (!replay.ok) fail(replay.reason);
  console.log(bedEpochsCsv(replay.value).join("\n"));
  for (const event of replay.value.events) console.error(`event,${event.timeS.toFixed(2)},${event.kind}`);
  console.error(`summary,${JSON.stringify(replay.value.summary)}`);
}
