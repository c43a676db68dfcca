// Wires the `suits` of sim.json: one SuitEmulator per entry on its pty or BLE peripheral, driven by a
// real-time run loop of its own (EMG at 1–2 kHz is streamed as it would be measured; the bladder
// residents' acceleration does not apply to suits).
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { BlePeripheralSink } from "../ble/ble-frame-sink.ts";
import type { BluezService } from "../ble/bluez-service.ts";
import { resolveLink } from "../ble/link-config.ts";
import { type AcceleratedClock, simulatedNowMs } from "../clock.ts";
import type { FrameSink, LinkEvents } from "../frame-link.ts";
import { startRunLoop } from "../run-loop.ts";
import { ReopeningSerialLink } from "../serial-link.ts";
import { SuitEmulator } from "./emulator.ts";
import { type SuitConfig, suitSessionOptions } from "./emulator-config.ts";
import { SuitTruthWriter } from "./emulator-truth.ts";

const HELLO_INTERVAL_MS = 10_000;
const FLUSH_INTERVAL_MS = 500;

export interface RunningSuits {
  readonly emulators: readonly SuitEmulator[];
  stop(): Promise<void>;
}

type Log = (message: string) => void;

function linkEvents(id: string, what: string, events: LinkEvents, log: Log): LinkEvents {
  return {
    onOpen: () => {
      log(`${id} ${what} open`);
      events.onOpen();
    },
    onClose: (reason) => {
      log(`${id} ${what} lost (${reason})`);
      events.onClose(reason);
    },
  };
}

async function createLink(
  suit: SuitConfig,
  baseDir: string,
  ble: BluezService | null,
  log: Log,
): Promise<{ create: (events: LinkEvents) => FrameSink; detail: Record<string, unknown> }> {
  const link = resolveLink(suit);
  if (link === null) throw new Error(`${suit.sensorId}: no link`);
  if (link.type === "serial") {
    const path = resolve(baseDir, link.ttyPath);
    return {
      create: (events) =>
        new ReopeningSerialLink({
          path,
          baudRate: suit.baudRate,
          random: Math.random,
          ...linkEvents(suit.sensorId, `port ${path}`, events, log),
        }),
      detail: { ttyPath: path, baudRate: suit.baudRate },
    };
  }
  if (!ble) throw new Error(`${suit.sensorId}: BLE link without a BlueZ service`);
  const peripheral = await ble.addPeripheral({ address: link.address, name: link.name });
  return {
    create: (events) => new BlePeripheralSink(peripheral, linkEvents(suit.sensorId, "BLE link", events, log)),
    detail: { ble: link },
  };
}

export async function startSuitEmulators(
  suits: readonly SuitConfig[],
  baseDir: string,
  ble: BluezService | null,
  log: Log,
): Promise<RunningSuits> {
  const clock: AcceleratedClock = { epochMs: Date.now(), acceleration: 1, realStartMs: performance.now() };
  const nowMs = () => simulatedNowMs(clock, performance.now());
  const emulators: SuitEmulator[] = [];
  for (const suit of suits) {
    const link = await createLink(suit, baseDir, ble, log);
    emulators.push(
      new SuitEmulator({
        sensorId: suit.sensorId,
        seed: suit.seed,
        sessions: suit.sessions,
        session: suitSessionOptions(suit),
        restS: suit.restS,
        startDelayS: suit.startDelayS,
        counterStart: suit.counterStart,
        corruptFrameRate: suit.corruptFrameRate,
        nowMs,
        truth: new SuitTruthWriter(resolve(baseDir, suit.groundTruthDir), suit.sensorId),
        createLink: link.create,
        startDetail: link.detail,
      }),
    );
  }
  for (const emulator of emulators) {
    emulator.start();
    log(`${emulator.sensorId}: ${emulator.channels} channels at ${emulator.rateHz} Hz, real time`);
  }
  const loop =
    emulators.length === 0
      ? null
      : startRunLoop({
          clock,
          participants: emulators,
          realNow: () => performance.now(),
          helloIntervalMs: HELLO_INTERVAL_MS,
          flushIntervalMs: FLUSH_INTERVAL_MS,
          onDurationReached: () => undefined,
        });
  return {
    emulators,
    stop: async () => {
      loop?.stop();
      await Promise.all(emulators.map((emulator) => emulator.stop()));
    },
  };
}
