// The BLE transport against the BlueZ-compatible service on a private dbus-daemon: discovery, connect,
// notifications carrying the sensor frame stream, commands, a dropped link, the silence watchdog, and a
// central that vanishes without unsubscribing.
import { createBluetooth } from "node-ble";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BleTransport } from "../../device/transports/ble-transport.ts";
import type { TransportState } from "../../device/transports/transport.ts";
import { encodeFrame, FrameAssembler } from "../../proto/index.ts";
import { makeRunDir, type RunningDbusDaemon, startDbusDaemon, waitFor } from "../../scripts/stack/index.ts";
import {
  type BlePeripheral,
  type BluezService,
  SENSOR_GATT,
  startBluezService,
} from "../../sim/ble/index.ts";

const ADDRESS = "C0:FF:EE:00:00:01";
const SILENCE_MS = 3000;

/** `count` frames with consecutive seqs from `firstSeq`; payloads long enough that some span two chunks. */
function frames(firstSeq: number, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) =>
    encodeFrame({ type: 0x10, seq: firstSeq + i, payload: new Uint8Array(20 + ((i * 37) % 200)).fill(i) }),
  );
}

describe("BLE transport ↔ BlueZ-compatible service", () => {
  let daemon: RunningDbusDaemon;
  let service: BluezService;
  let peripheral: BlePeripheral;
  let transport: BleTransport;
  const states: { state: TransportState; reason: string }[] = [];
  const received: number[] = [];
  const chunkSizes: number[] = [];
  const assembler = new FrameAssembler();
  const commands: number[][] = [];
  const previousAddress = process.env.DBUS_SYSTEM_BUS_ADDRESS;
  const opens = () => states.filter((s) => s.state === "open").length;

  beforeAll(async () => {
    daemon = await startDbusDaemon({ runDir: makeRunDir("it-ble-transport") });
    process.env.DBUS_SYSTEM_BUS_ADDRESS = daemon.address;
    service = await startBluezService();
    peripheral = await service.addPeripheral({ address: ADDRESS.toLowerCase(), name: "bladder-1" });
    peripheral.onCommand((bytes) => commands.push([...bytes]));
    transport = new BleTransport({
      address: ADDRESS,
      silenceTimeoutMs: SILENCE_MS,
      connectTimeoutMs: 3000,
      backoff: { initialMs: 100, maxMs: 1000, factor: 2 },
    });
    transport.start({
      onData: (chunk) => {
        chunkSizes.push(chunk.length);
        for (const item of assembler.push(chunk)) if (item.ok) received.push(item.value.seq);
      },
      onState: (state, reason) => states.push({ state, reason }),
    });
    await waitFor("first connection", () => peripheral.isStreaming && opens() === 1, 15_000);
  });

  afterAll(async () => {
    await transport?.stop();
    await service?.stop();
    await daemon?.stop();
    process.env.DBUS_SYSTEM_BUS_ADDRESS = previousAddress;
  });

  it("finds the sensor, subscribes and receives the frame stream intact across notification chunks", async () => {
    const sent = frames(0, 300);
    for (const frame of sent) expect(peripheral.send(frame)).toBe(true);
    await waitFor("300 frames", () => received.length >= 300, 10_000);
    expect(received).toEqual(sent.map((_, i) => i));
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(180);
    expect(peripheral.counters.notifications).toBeGreaterThan(300);
    expect(assembler.counters).toMatchObject({ badCrc: 0, badLength: 0, noiseBytes: 0 });
  });

  it("writes commands to the sensor's command characteristic", async () => {
    expect(await transport.write(Uint8Array.of(0x01, 0x02, 0x03))).toBe(true);
    expect(commands).toEqual([[1, 2, 3]]);
  });

  it("reports a dropped link, refuses sends while down, and reconnects by itself", async () => {
    peripheral.forceDisconnect({ outOfRangeMs: 400 });
    expect(peripheral.send(frames(300, 1)[0] ?? new Uint8Array())).toBe(false);
    await waitFor("closed", () => states.some((s) => s.state === "closed"), 5_000);
    expect(states.find((s) => s.state === "closed")?.reason).toBe("device disconnected");
    await waitFor("reconnected", () => peripheral.isStreaming && opens() === 2, 15_000);
    // Frame 300 never left the sensor: the receiver sees the gap in seq, nothing bridges it.
    for (const frame of frames(301, 10)) expect(peripheral.send(frame)).toBe(true);
    await waitFor("frames after reconnect", () => received.length >= 310, 5_000);
    expect(received.slice(299)).toEqual([299, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310]);
    expect(peripheral.counters.connects).toBe(2);
  });

  it("treats silence as a lost link and reconnects", async () => {
    await waitFor("watchdog", () => states.some((s) => s.reason.startsWith("no data for")), SILENCE_MS * 4);
    await waitFor("reconnected after silence", () => peripheral.isStreaming && opens() === 3, 15_000);
    // The transport disconnected the silent link itself before connecting again.
    expect(peripheral.counters.connects).toBe(3);
    expect(peripheral.counters.disconnects).toBe(2);
  });

  it("ends the notification session of a central that leaves the bus without unsubscribing", async () => {
    const other = await service.addPeripheral({ address: "C0:FF:EE:00:00:02", name: "bladder-2" });
    const { bluetooth, destroy } = createBluetooth();
    const adapter = await bluetooth.defaultAdapter();
    // The transport stopped scanning once it found its sensor; a new peripheral shows up on a new scan.
    await adapter.startDiscovery();
    const device = await adapter.waitDevice("C0:FF:EE:00:00:02", 5000, 50);
    await device.connect();
    const gatt = await device.gatt();
    const gattService = await gatt.getPrimaryService(SENSOR_GATT.serviceUuid);
    await (await gattService.getCharacteristic(SENSOR_GATT.dataCharacteristicUuid)).startNotifications();
    expect(other.isStreaming).toBe(true);
    destroy();
    await waitFor("session ended", () => !other.isStreaming, 5_000);
    expect(other.send(Uint8Array.of(1))).toBe(false);
  });

  it("unsubscribes and disconnects when stopped", async () => {
    await transport.stop();
    expect(peripheral.isConnected).toBe(false);
    expect(peripheral.isStreaming).toBe(false);
  });

  it("keeps retrying, without crashing, while the bus daemon is gone", async () => {
    const states: string[] = [];
    const lonely = new BleTransport({
      address: ADDRESS,
      silenceTimeoutMs: 500,
      connectTimeoutMs: 500,
      backoff: { initialMs: 50, maxMs: 200, factor: 2 },
    });
    lonely.start({ onData: () => undefined, onState: (state, reason) => states.push(`${state}: ${reason}`) });
    await waitFor("connected", () => peripheral.isStreaming, 10_000);
    await daemon.stop();
    // The service learns of the dead bus when it next sends: from then on nothing counts as sent.
    await waitFor("sends refused", () => !peripheral.send(Uint8Array.of(0)), 5_000);
    await waitFor("failed attempts", () => states.filter((s) => s.startsWith("closed")).length >= 3, 10_000);
    expect(states[1]).toMatch(/^open/);
    expect(states[2]).toBe("closed: no data for 500 ms");
    await lonely.stop();
  });
});
