// The whole system on one machine: simulator → agents → Mosquitto → bridge → InfluxDB.
//   npm run demo -- [--residents 3] [--acceleration 60] [--duration 60] [--corrupt-rate 0.01]
// Prints where data goes and a live one-line summary; Ctrl-C (or --duration) stops everything.
import { makeRunDir } from "./stack/index.ts";
import { startSystem } from "./system/start-system.ts";
import { defaultSystemOptions, type SystemOptions } from "./system/system-config.ts";
import { settledTally, tallyRun } from "./system/verify-run.ts";

function parseArgs(argv: string[]): { options: SystemOptions; durationS: number | null } {
  const options = { ...defaultSystemOptions };
  let durationS: number | null = null;
  const numberAfter = (flag: string, index: number) => {
    const value = Number(argv[index + 1]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a number`);
    return value;
  };
  argv.forEach((arg, index) => {
    if (arg === "--residents") options.residents = Math.max(1, Math.round(numberAfter(arg, index)));
    else if (arg === "--acceleration") options.acceleration = Math.max(1, numberAfter(arg, index));
    else if (arg === "--duration") durationS = numberAfter(arg, index);
    else if (arg === "--corrupt-rate") options.corruptFrameRate = Math.min(1, numberAfter(arg, index));
    else if (arg === "--seed") options.seed = numberAfter(arg, index);
  });
  return { options, durationS };
}

async function bridgeCounters(metricsUrl: string): Promise<string> {
  try {
    const text = await (await fetch(metricsUrl)).text();
    const pick = (name: string) => text.match(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, "m"))?.[1] ?? "?";
    const rejected = [...text.matchAll(/^bridge_rejects_total\{[^}]*\} (\d+)/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    return `bridge received ${pick("bridge_messages_received_total")} rejected ${rejected}`;
  } catch {
    return "bridge metrics unavailable";
  }
}

const { options, durationS } = parseArgs(process.argv.slice(2));
const runDir = makeRunDir("demo");
console.log(`starting ${options.residents} residents at ${options.acceleration}× in ${runDir}`);
const system = await startSystem(options, runDir);
console.log(`MQTT      ${system.broker.url}   (topics care/v1/${options.siteId}/<device>/<kind>)`);
console.log(`InfluxDB  ${system.influx.url}   database "care"`);
console.log(
  `          influx -port ${system.influx.port} -database care -execute 'SELECT count(*) FROM "raw"."bladder_echo" GROUP BY "sensor"'`,
);
console.log(
  `          influx -port ${system.influx.port} -database care -execute 'SELECT last("level") FROM "bladder_fill" GROUP BY "device"'`,
);
console.log(`Bridge    ${system.bridgeMetricsUrl}`);
console.log(`Logs      ${runDir}/logs   ground truth ${system.groundTruthDir}`);

const summary = setInterval(async () => {
  const tallies = await tallyRun(system.influx.url, system.residents, system.groundTruthDir).catch(() => []);
  const simulatedMs = Math.max(0, Date.now() - system.startAtMs) * options.acceleration;
  const simulatedH = (simulatedMs / 3600_000).toFixed(1);
  const perResident = tallies.map((t) => `${t.deviceId} ${t.stored}/${t.produced}`).join("  ");
  process.stdout.write(
    `\r[sim +${simulatedH} h] stored/produced: ${perResident}  ${await bridgeCounters(system.bridgeMetricsUrl)}   `,
  );
}, 2000);

let stopping = false;
async function shutdown(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(summary);
  console.log(`\n${reason}: stopping the simulator and letting agents flush`);
  await system.simulator.stop("SIGTERM", 10_000);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
  const tallies = await settledTally(system.influx.url, system.residents, system.groundTruthDir, 20_000);
  for (const t of tallies) {
    console.log(
      `${t.deviceId}: produced ${t.produced} readings, stored ${t.stored}, envelopes ${t.envelopes}, seq gaps ${t.seqGaps}`,
    );
  }
  await system.stop();
  console.log(`stopped; data and logs kept in ${runDir}`);
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("Ctrl-C"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
if (durationS !== null) setTimeout(() => void shutdown(`${durationS} s elapsed`), durationS * 1000);
