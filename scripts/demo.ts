// The whole system on one machine: simulator → agents → Mosquitto → bridge → InfluxDB.
//   npm run demo -- [--residents 3] [--acceleration 60] [--duration 60] [--corrupt-rate 0.01] [--transport serial|ble]
//                   [--suits 1] [--suit-session-s 60]   (assist suits stream EMG in real time, 1 by default)
//                   [--beds 3] [--bed-acceleration 10] [--bed-transport mixed|serial|firmata]   (sleep beds)
// Prints where data goes and a live one-line summary; Ctrl-C (or --duration) stops everything.

import { makeRunDir } from "./stack/index.ts";
import { bedTallyLine, tallyBeds } from "./system/bed-ground-truth.ts";
import { demoBedOptions } from "./system/bed-system.ts";
import { startCaregiverPage } from "./system/caregiver-page.ts";
import { startSystem } from "./system/start-system.ts";
import { demoSuitOptions } from "./system/suit-system.ts";
import { suitTallyLine, tallySuits } from "./system/suit-tally.ts";
import { defaultSystemOptions, type SystemOptions } from "./system/system-config.ts";
import { settledTally, tallyRun } from "./system/verify-run.ts";

function parseArgs(argv: string[]): { options: SystemOptions; durationS: number | null } {
  const options = { ...defaultSystemOptions };
  let durationS: number | null = null;
  let suits = 1;
  let suitSessionS = 60;
  let beds = 3;
  let bedAcceleration = 10;
  let bedTransport: "serial" | "firmata" | "mixed" = "mixed";
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
    else if (arg === "--transport") options.transport = argv[index + 1] === "ble" ? "ble" : "serial";
    else if (arg === "--suits") suits = Math.round(numberAfter(arg, index));
    else if (arg === "--suit-session-s") suitSessionS = Math.max(10, numberAfter(arg, index));
    else if (arg === "--beds") beds = Math.round(numberAfter(arg, index));
    else if (arg === "--bed-acceleration") bedAcceleration = numberAfter(arg, index);
    else if (arg === "--bed-transport") {
      const value = argv[index + 1];
      bedTransport = value === "serial" || value === "firmata" ? value : "mixed";
    }
  });
  const suitOptions = demoSuitOptions(suits, suitSessionS);
  if (suitOptions) options.suits = suitOptions;
  const bedOptions = demoBedOptions(beds, bedAcceleration, bedTransport);
  if (bedOptions) options.beds = bedOptions;
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
if (system.broker.tlsUrl)
  console.log(`          ${system.broker.tlsUrl}   (TLS: agents and bridge, CA ${runDir}/tls/ca.crt)`);
console.log(`InfluxDB  ${system.influx.url}   database "care"`);
// The read-only user's password stays in its file; the printed command reads it from there.
const reader = system.credentials?.influxReader;
const influxCli = reader
  ? `INFLUX_USERNAME=${reader.username} INFLUX_PASSWORD="$(cat ${reader.passwordFile})" influx`
  : "influx";
console.log(
  `          ${influxCli} -port ${system.influx.port} -database care -execute 'SELECT count(*) FROM "raw"."bladder_echo" GROUP BY "sensor"'`,
);
console.log(
  `          ${influxCli} -port ${system.influx.port} -database care -execute 'SELECT last("level") FROM "bladder_fill" GROUP BY "device"'`,
);
if (system.credentials)
  console.log(`Secrets   ${runDir}/secrets (per-run passwords, mode 0600; docs/security.md)`);
if (system.suits.length > 0) {
  console.log(
    `Suits     ${system.suits.map((s) => `${s.deviceId}/${s.sensorId}`).join(" ")} in real time (EMG is not accelerated)`,
  );
  console.log(
    `          ${influxCli} -port ${system.influx.port} -database care -execute 'SELECT * FROM "suit_session"; SELECT count("latency_ms") FROM "event" WHERE "kind" = '"'"'emg_onset'"'"' GROUP BY "sensor"'`,
  );
}
if (system.beds.length > 0) {
  const kinds = system.beds.map((b) => `${b.deviceId}/${b.sensorId} (${b.protocol})`).join(" ");
  console.log(`Beds      ${kinds} at ${options.beds?.acceleration ?? 1}×, bedside alarms on Firmata pin 13`);
  console.log(
    `          ${influxCli} -port ${system.influx.port} -database care -execute 'SELECT count("load_1") FROM "raw"."bed_load" GROUP BY "sensor"; SELECT last("hr_bpm"), last("rr_per_min"), last("occupancy") FROM "bed_epoch" GROUP BY "sensor"; SELECT "kind" FROM "event" WHERE "sensor" =~ /^bed-/'`,
  );
}
console.log(`Bridge    ${system.bridgeMetricsUrl}`);
// The page reads InfluxDB as the read-only dashboard user, as in a real deployment.
const caregiverPage = await startCaregiverPage({
  influxUrl: system.influx.url,
  reader: reader && { username: reader.username, passwordFile: reader.passwordFile },
  logDir: `${runDir}/logs`,
});
console.log(`Caregiver page ${caregiverPage.url}`);
console.log(`Logs      ${runDir}/logs   ground truth ${system.groundTruthDir}`);

const summary = setInterval(async () => {
  const tallies = await tallyRun(system.influxQueryUrl, system.residents, system.groundTruthDir).catch(
    () => [],
  );
  const simulatedMs = Math.max(0, Date.now() - system.startAtMs) * options.acceleration;
  const simulatedH = (simulatedMs / 3600_000).toFixed(1);
  const perResident = tallies.map((t) => `${t.deviceId} ${t.stored}/${t.produced}`).join("  ");
  process.stdout.write(
    `\r[sim +${simulatedH} h] stored/produced: ${perResident}  ${await bridgeCounters(system.bridgeMetricsUrl)}   `,
  );
  if (system.suits.length > 0) {
    const suitTallies = await tallySuits(system.influxQueryUrl, system.suits, system.groundTruthDir).catch(
      () => [],
    );
    process.stdout.write(`${suitTallyLine(suitTallies)}   `);
  }
  if (system.beds.length > 0) {
    const bedTallies = await tallyBeds(system.influxQueryUrl, system.beds, system.groundTruthDir).catch(
      () => [],
    );
    process.stdout.write(`${bedTallyLine(bedTallies)}   `);
  }
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
  const tallies = await settledTally(system.influxQueryUrl, system.residents, system.groundTruthDir, 20_000);
  for (const t of tallies) {
    console.log(
      `${t.deviceId}: produced ${t.produced} readings, stored ${t.stored}, envelopes ${t.envelopes}, seq gaps ${t.seqGaps}, ` +
        `frames corrupted on the wire ${t.corrupted}, agent rejects ${JSON.stringify(t.rejected)}`,
    );
  }
  for (const t of await tallySuits(system.influxQueryUrl, system.suits, system.groundTruthDir).catch(
    () => [],
  )) {
    console.log(
      `${t.sensorId}: ${t.envelopeWindows} envelope windows, ${t.onsets} onsets, sessions summarised ${t.sessionsStored} (ended by the suit ${t.sessionsEnded}, or by the stop), samples lost ${t.samplesLost}`,
    );
  }
  for (const t of await tallyBeds(system.influxQueryUrl, system.beds, system.groundTruthDir).catch(
    () => [],
  )) {
    console.log(
      `${t.sensorId}: delivered ${t.produced} raw instants, stored ${t.stored}, ${t.epochs} epochs, ${t.events} events`,
    );
  }
  await caregiverPage.child.stop("SIGTERM", 5_000);
  await system.stop();
  console.log(`stopped; data and logs kept in ${runDir}`);
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("Ctrl-C"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
if (durationS !== null) setTimeout(() => void shutdown(`${durationS} s elapsed`), durationS * 1000);
