// Bladder sensor emulator CLI. Composition root: reads and validates the config, wires one emulator
// per resident to its pty or BLE peripheral, runs the accelerated clock, and stops cleanly on
// SIGTERM/SIGINT. SIGUSR2 drops every BLE link (the residents walk out of range for a moment).
//   node --import tsx sim/main.ts --config sim.json
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createBedSimulation } from "./bed/emulator-setup.ts";
import { BladderSensorEmulator } from "./bladder/bladder-emulator.ts";
import { GroundTruthWriter } from "./bladder/ground-truth-writer.ts";
import { BlePeripheralSink } from "./ble/ble-frame-sink.ts";
import { type BluezService, startBluezService } from "./ble/bluez-service.ts";
import { type ResidentLink, resolveLink } from "./ble/link-config.ts";
import type { AcceleratedClock } from "./clock.ts";
import { simulatedNowMs } from "./clock.ts";
import { describeSimConfig, parseSimConfig, type ResidentConfig, type SimConfig } from "./config.ts";
import type { FrameSink, LinkEvents } from "./frame-link.ts";
import { startRunLoop } from "./run-loop.ts";
import { ReopeningSerialLink } from "./serial-link.ts";
import { startSuitEmulators } from "./suit/emulator-runner.ts";

const HELLO_INTERVAL_MS = 10_000;
const FLUSH_INTERVAL_MS = 500;
/** How long to wait for the ptys before the clock starts anyway (readings then count as not sent). */
const FIRST_OPEN_WAIT_MS = 2000;
/** After SIGUSR2, connection attempts to the dropped peripherals fail for this long. */
const FORCED_DROP_OUT_OF_RANGE_MS = 1000;
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

function serialLink(id: string, ttyPath: string): (events: LinkEvents) => FrameSink {
  return (events) =>
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
    });
}

async function bleLink(
  id: string,
  link: Extract<ResidentLink, { type: "ble" }>,
  service: BluezService,
): Promise<(events: LinkEvents) => FrameSink> {
  const peripheral = await service.addPeripheral({ address: link.address, name: link.name });
  return (events) =>
    new BlePeripheralSink(peripheral, {
      onOpen: () => {
        log(`${id} central subscribed to ${link.address}`);
        events.onOpen();
      },
      onClose: (reason) => {
        log(`${id} BLE link down (${reason}); waiting for the central`);
        events.onClose(reason);
      },
    });
}

interface EmulatorLink {
  createLink: (events: LinkEvents) => FrameSink;
  /** Recorded in the ground truth's "start" event. */
  detail: Record<string, unknown>;
}

async function linkFor(
  id: string,
  link: ResidentLink,
  baseDir: string,
  ble: BluezService | null,
): Promise<EmulatorLink> {
  if (link.type === "serial") {
    const ttyPath = resolve(baseDir, link.ttyPath);
    return { createLink: serialLink(id, ttyPath), detail: { ttyPath } };
  }
  if (!ble) throw new Error(`${id}: BLE link without a BlueZ service`);
  return { createLink: await bleLink(id, link, ble), detail: { ble: link } };
}

async function createEmulator(
  resident: ResidentConfig,
  config: SimConfig,
  baseDir: string,
  simNow: () => number,
  ble: BluezService | null,
): Promise<BladderSensorEmulator> {
  const id = resident.sensorId;
  const resolved = resolveLink(resident);
  if (resolved === null) throw new Error(`${id}: no link`);
  const link = await linkFor(id, resolved, baseDir, ble);
  return new BladderSensorEmulator({
    sensorId: id,
    seed: resident.seed,
    readingPeriodMs: config.readingPeriodS * 1000,
    epochMs: config.epochMs,
    utcOffsetMinutes: config.utcOffsetMinutes,
    corruptFrameRate: config.corruptFrameRate,
    simNow,
    truth: new GroundTruthWriter(resolve(baseDir, resident.groundTruthDir), id),
    startDetail: { ...link.detail, acceleration: config.acceleration, epochMs: config.epochMs },
    createLink: link.createLink,
  });
}

/** The BlueZ-compatible service on DBUS_SYSTEM_BUS_ADDRESS, when any resident speaks BLE. */
async function startBleIfNeeded(config: SimConfig): Promise<BluezService | null> {
  const suitsOnBle = (config.suits ?? []).some((suit) => resolveLink(suit)?.type === "ble");
  if (!suitsOnBle && !config.residents.some((resident) => resolveLink(resident)?.type === "ble")) return null;
  const service = await startBluezService({ onError: (error) => log(`D-Bus error: ${error.message}`) });
  log(`BlueZ-compatible service up on ${process.env.DBUS_SYSTEM_BUS_ADDRESS ?? "the system bus"}`);
  process.on("SIGUSR2", () => {
    log("SIGUSR2: dropping every BLE link");
    for (const peripheral of service.peripherals)
      peripheral.forceDisconnect({ outOfRangeMs: FORCED_DROP_OUT_OF_RANGE_MS });
  });
  return service;
}

async function waitForFirstOpen(emulators: readonly { readonly linkOpen: boolean }[]): Promise<void> {
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
  // Beds share the residents' start instant but run at their own (lower) acceleration. Their scenario
  // files are checked before anything starts: a bad one is a configuration error (exit 2).
  const created = createBedSimulation(config, dirname(configPath), log);
  if (!created.ok) fail(`invalid config ${configPath}:\n  ${created.reason.split("\n").join("\n  ")}`);
  const beds = created.value;
  let clock: AcceleratedClock | null = null;
  const simNow = () => (clock ? Math.floor(simulatedNowMs(clock, performance.now())) : config.epochMs);
  const ble = await startBleIfNeeded(config);
  const emulators: BladderSensorEmulator[] = [];
  for (const resident of config.residents)
    emulators.push(await createEmulator(resident, config, dirname(configPath), simNow, ble));
  // Suits stream in real time on their own loop, from the moment their link opens.
  const suits = await startSuitEmulators(config.suits ?? [], dirname(configPath), ble, log);
  let loop: { stop(): void } | null = null;
  let stopping: Promise<void> | null = null;
  const shutdown = (why: string) => {
    stopping ??= (async () => {
      loop?.stop();
      log(`stopping (${why})`);
      await Promise.all(emulators.map((emulator) => emulator.stop()));
      await suits.stop();
      await beds.stop();
      await ble?.stop();
      process.exit(0);
    })();
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));

  for (const emulator of emulators) emulator.start();
  beds.start();
  await waitForFirstOpen(emulators);
  await waitForFirstOpen([beds]);
  if (stopping) return;
  // A shared start instant lets agents run the same accelerated clock as the simulator.
  const startDelayMs = config.startAtMs === undefined ? 0 : Math.max(0, config.startAtMs - Date.now());
  if (startDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, startDelayMs));
  if (stopping) return;
  const realStartMs =
    config.startAtMs === undefined ? performance.now() : performance.now() - (Date.now() - config.startAtMs);
  clock = { epochMs: config.epochMs, acceleration: config.acceleration, realStartMs };
  beds.run(realStartMs);
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
