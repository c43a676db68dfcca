// Replays a recorded bladder series (CSV with a header line) through the bladder analysis and prints
// one CSV line per reading: the estimates, the forecast and what was raised (notices, voids, contact).
//   node --import tsx device/sensors/bladder/replay-cli.ts --file rec.csv
//        [--time-col time_ms] [--anterior-col anterior_mm] [--posterior-col posterior_mm]
//        [--strength-col strength] [--moving-col moving] [--set leadTimeMin=30 --set capacityMl=450 …]
//        [--events-only]
// A simulator ground-truth file replays with --time-col sim_time_ms. Rows that do not parse are
// skipped and counted on stderr. Streams line by line: memory does not grow with the file.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parseBladderSettings } from "./bladder-settings.ts";
import {
  type ColumnIndex,
  createBladderReplay,
  defaultReplayColumns,
  indexColumns,
  parseReplayRow,
  REPLAY_CSV_HEADER,
} from "./replay.ts";

function fail(message: string): never {
  console.error(`replay: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    file: { type: "string" },
    "time-col": { type: "string", default: defaultReplayColumns.time },
    "anterior-col": { type: "string", default: defaultReplayColumns.anterior },
    "posterior-col": { type: "string", default: defaultReplayColumns.posterior },
    "strength-col": { type: "string", default: defaultReplayColumns.strength },
    "moving-col": { type: "string", default: defaultReplayColumns.moving },
    set: { type: "string", multiple: true, default: [] },
    "events-only": { type: "boolean", default: false },
  },
});
if (!values.file) fail("--file is required");

const rawSettings: Record<string, number> = {};
for (const pair of values.set) {
  const [key, value] = pair.split("=");
  if (!key || value === undefined) fail(`--set needs key=value, got "${pair}"`);
  rawSettings[key] = Number(value);
}
const settings = parseBladderSettings(rawSettings);
if (!settings.ok) fail(settings.reason);

const columns = {
  time: values["time-col"],
  anterior: values["anterior-col"],
  posterior: values["posterior-col"],
  strength: values["strength-col"],
  moving: values["moving-col"],
};
// `replay … | head` closes stdout early: that ends the replay, it is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const replay = createBladderReplay(settings.value);
let index: ColumnIndex | null = null;
let skipped = 0;
let firstSkip = "";
const lines = createInterface({ input: createReadStream(values.file), crlfDelay: Number.POSITIVE_INFINITY });
process.stdout.write(`${REPLAY_CSV_HEADER}\n`);
for await (const line of lines) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  if (index === null) {
    const found = indexColumns(line, columns);
    if (!found.ok) fail(found.reason);
    index = found.value;
    continue;
  }
  const row = parseReplayRow(line, index);
  if (!row.ok) {
    skipped++;
    firstSkip ||= row.reason;
    continue;
  }
  const out = replay(row.value);
  if (!values["events-only"] || !out.endsWith(",")) process.stdout.write(`${out}\n`);
}
if (skipped > 0) console.error(`replay: skipped ${skipped} rows (first: ${firstSkip})`);
