// `npm run bench`: throughput figures, each as a ratio against a ceiling measured in the same run.
// Ends with `name=value` lines.
//   agent: frames through the whole agent pipeline vs the frame assembler alone; the outbox's
//   append + ack vs SQLite (better-sqlite3, WAL) on the same disk;
//   bed: a bed's frames through the agent's bed pipeline vs only assembling and decoding them, and vs
//   real time (scripts/system/bed-pipeline-bench.ts);
//   bridge: spooled acknowledgement and drain vs raw writes of the same points to the same InfluxDB.
import { runSpoolBench } from "../bridge/bench-spool.ts";
import { runOutboxBench } from "../device/publish/bench-outbox.ts";
import { benchAgentPipeline } from "./bench/agent-pipeline.ts";
import { makeRunDir, startInfluxd } from "./stack/index.ts";
import { benchBedPipeline } from "./system/bed-pipeline-bench.ts";

const results = [...(await benchAgentPipeline())];
results.push(...(await benchBedPipeline()));
const runDir = makeRunDir("bench");
// The device outbox against SQLite (better-sqlite3, WAL) doing the same append + ack on the same disk.
for (const [name, value] of Object.entries(await runOutboxBench({ root: runDir })))
  results.push({ name: `agent_${name}`, value });
const influx = await startInfluxd({ runDir });
try {
  const spool = await runSpoolBench({ influxUrl: influx.url, batches: 2000 });
  for (const [name, value] of Object.entries(spool)) results.push({ name: `bridge_${name}`, value });
} finally {
  await influx.stop();
}
for (const { name, value } of results)
  console.log(`${name}=${Number.isInteger(value) ? value : Number(value.toFixed(3))}`);
