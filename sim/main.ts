// Bladder sensor emulator CLI. Composition root: reads and validates the config, wires one emulator
// per resident to its pty, runs the accelerated clock, and stops cleanly on SIGTERM/SIGINT.
//   node --import tsx sim/main.ts --config sim.json
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { BladderSensorEmulator } from "./bladder/bladder-emulator.ts";
import { GroundTruthWriter } from "./bladder/ground-truth-writer.ts";
import type { AcceleratedClock } from "./clock.ts";
import { simulatedNowMs } from "./clock.ts";
import { describeSimConfig, parseSimConfig, type ResidentConfig, type SimConfig } from "./config.ts";
import { startRunLoop } from "./run-loop.ts";
import { ReopeningSerialLink } from "./serial-link.ts";

const HELLO_INTERVAL_MS = 10_000;
const FLUSH_INTERVAL_MS = 500;
/** How long to wait for the ptys before the clock starts anyway (readings then count as not sent). */
const FIRST_OPEN_WAIT_MS = 2000;
const USAGE = "usage: node --import tsx sim/main.ts --config <sim.json>";

const log = (message: string): void => {
  if (process.env.SIM_QUIET !== "1") process.stderr.write(`sim:bladder ${message}\n`);
};

function loadConfig(path: string): SimConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    fail(`cannot read config ${path}: ${(error as Error).message}`);
  }
  const defaults = { nowMs: Date.now(), localUtcOffsetMinutes: -new Date().getTimezoneOffset() };
  const parsed = parseSimConfig(raw, defaults, process.env);
  if (!parsed.ok) fail(`invalid config ${path}:\n  ${parsed.reason.split("\n").join("\n  ")}`);
  return parsed.value;
}

function fail(message: string): never {
  process.stderr.write(`sim:bladder ${message}\n${USAGE}\n`);
  process.exit(2);
}

function createEmulator(
  resident: ResidentConfig,
  config: SimConfig,
  baseDir: string,
  simNow: () => number,
): BladderSensorEmulator {
  const ttyPath = resolve(baseDir, resident.ttyPath);
  const id = resident.sensorId;
  return new BladderSensorEmulator({
    sensorId: id,
    seed: resident.seed,
    readingPeriodMs: config.readingPeriodS * 1000,
    epochMs: config.epochMs,
    utcOffsetMinutes: config.utcOffsetMinutes,
    corruptFrameRate: config.corruptFrameRate,
    simNow,
    truth: new GroundTruthWriter(resolve(baseDir, resident.groundTruthDir), id),
    startDetail: { ttyPath, acceleration: config.acceleration, epochMs: config.epochMs },
    createLink: (events) =>
      new ReopeningSerialLink({
        path: ttyPath,
        baudRate: 115200,
        random: Math.random,
        onOpen: () => {
          log(`${id} port open ${ttyPath}`);
          events.onOpen();
        },
        onClose: (reason) => {
          log(`${id} port lost (${reason}); reopening with backoff`);
          events.onClose(reason);
        },
      }),
  });
}

async function waitForFirstOpen(emulators: readonly BladderSensorEmulator[]): Promise<void> {
  const deadline = performance.now() + FIRST_OPEN_WAIT_MS;
  while (performance.now() < deadline && !emulators.every((emulator) => emulator.linkOpen)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n\nconfig fields:\n${describeSimConfig()}\n`);
    return;
  }
  if (!values.config) fail("missing --config");
  const configPath = resolve(values.config);
  const config = loadConfig(configPath);
  let clock: AcceleratedClock | null = null;
  const simNow = () => (clock ? Math.floor(simulatedNowMs(clock, performance.now())) : config.epochMs);
  const emulators = config.residents.map((resident) =>
    createEmulator(resident, config, dirname(configPath), simNow),
  );
  let loop: { stop(): void } | null = null;
  let stopping: Promise<void> | null = null;
  const shutdown = (why: string) => {
    stopping ??= (async () => {
      loop?.stop();
      log(`stopping (${why})`);
      await Promise.all(emulators.map((emulator) => emulator.stop()));
      process.exit(0);
    })();
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));

  for (const emulator of emulators) emulator.start();
  await waitForFirstOpen(emulators);
  if (stopping) return;
  // A shared start instant lets agents run the same accelerated clock as the simulator.
  const startDelayMs = config.startAtMs === undefined ? 0 : Math.max(0, config.startAtMs - Date.now());
  if (startDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, startDelayMs));
  if (stopping) return;
  const realStartMs =
    config.startAtMs === undefined ? performance.now() : performance.now() - (Date.now() - config.startAtMs);
  clock = { epochMs: config.epochMs, acceleration: config.acceleration, realStartMs };
  log(
    `running ${emulators.length} sensor(s) at ${config.acceleration}x from ${new Date(config.epochMs).toISOString()}`,
  );
  loop = startRunLoop({
    clock,
    participants: emulators,
    realNow: () => performance.now(),
    helloIntervalMs: HELLO_INTERVAL_MS,
    flushIntervalMs: FLUSH_INTERVAL_MS,
    ...(config.durationS === undefined ? {} : { durationMs: config.durationS * 1000 }),
    onDurationReached: () => shutdown("duration reached"),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`sim:bladder fatal: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
