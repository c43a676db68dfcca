// Replays a recorded bed-sensor (or wrist accelerometer) file through the estimators.
//   node --import tsx device/bed/replay-cli.ts --file rec.csv --rate 250 --columns 1,2 [--epoch 30]
//        [--assume-occupied] [--no-breathing 20] [--empty-baseline 2100,1800]
//        [--units counts|kg] [--counts-per-kg 200] [--min-occupied-kg 5] [--gain G]
//   node --import tsx device/bed/replay-cli.ts --file wrist.csv --rate 32 --columns 2,3,4 --wrist [--counts-per-g 4096]
// Per-epoch CSV on stdout; events and the night summary on stderr. BioSPPy text files (with `#`
// headers) give their own rate and are treated as occupied throughout. Bad options: every problem is
// listed and the exit code is 2.
import { readFileSync } from "node:fs";
import { parseRecording } from "./recording-parser.ts";
import { bedEpochsCsv, replayBed, replayWrist, wristEpochsCsv } from "./replay.ts";
import { parseReplayOptions, replayUsage } from "./replay-options.ts";

function fail(message: string): never {
  console.error(`replay: ${message.split("\n").join("\nreplay: ")}\n${replayUsage}`);
  process.exit(2);
}

const parsedOptions = parseReplayOptions(process.argv.slice(2));
if (!parsedOptions.ok) fail(parsedOptions.reason);
const options = parsedOptions.value;
let text: string;
try {
  text = readFileSync(options.file, "utf8");
} catch (error) {
  fail(`cannot read ${options.file}: ${(error as Error).message}`);
}
const parsed = parseRecording(text, options.columns);
if (!parsed.ok) fail(parsed.reason);
const recording = parsed.value;
const sampleRateHz = options.rateHz ?? recording.headerRateHz;
if (!sampleRateHz) fail("--rate is required (the file does not state its sampling rate)");
if (recording.skippedRows > 0) console.error(`replay: skipped ${recording.skippedRows} unreadable rows`);

if (options.wrist) {
  const replay = replayWrist(recording.interleaved, sampleRateHz, options.epochS, options.countsPerG);
  console.log(wristEpochsCsv(replay, options.epochS).join("\n"));
} else {
  const replay = replayBed(
    recording.interleaved,
    {
      sampleRateHz,
      channels: recording.channels,
      epochS: options.epochS,
      noBreathingS: options.noBreathingS,
      assumeOccupied: options.assumeOccupied || recording.bioSppy,
      emptyBaseline: options.emptyBaseline,
    },
    options.gain,
  );
  if (!replay.ok) fail(replay.reason);
  console.log(bedEpochsCsv(replay.value).join("\n"));
  for (const event of replay.value.events) console.error(`event,${event.timeS.toFixed(2)},${event.kind}`);
  console.error(`summary,${JSON.stringify(replay.value.summary)}`);
}
