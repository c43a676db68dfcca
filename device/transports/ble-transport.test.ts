// BleTransport's own logic against a stand-in for node-ble: step timeouts (node-ble's gatt() can wait
// forever), cleanup of a lost link, and commands. The real D-Bus path is in test/integration/ble-*.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type BleSession, BleTransport, NORDIC_UART } from "./ble-transport.ts";
import type { TransportState } from "./transport.ts";

class FakeCharacteristic extends EventEmitter {
  writes: number[][] = [];
  unsubscribed = 0;
  async startNotifications(): Promise<void> {}
  async stopNotifications(): Promise<void> {
    this.unsubscribed++;
  }
  async writeValue(bytes: Buffer): Promise<void> {
    this.writes.push([...bytes]);
  }
}

class FakeDevice extends EventEmitter {
  disconnects = 0;
  readonly data = new FakeCharacteristic();
  readonly command = new FakeCharacteristic();
  constructor(private readonly servicesResolve: boolean) {
    super();
  }
  async connect(): Promise<void> {}
  async disconnect(): Promise<void> {
    this.disconnects++;
  }
  gatt() {
    // BlueZ may never set ServicesResolved; node-ble then waits without end.
    if (!this.servicesResolve) return new Promise<never>(() => undefined);
    const characteristics = new Map<string, FakeCharacteristic>([
      [NORDIC_UART.dataCharacteristicUuid, this.data],
      [NORDIC_UART.commandCharacteristicUuid, this.command],
    ]);
    const service = { getCharacteristic: async (uuid: string) => characteristics.get(uuid) };
    return Promise.resolve({
      getPrimaryService: async (uuid: string) => {
        if (uuid !== NORDIC_UART.serviceUuid) throw new Error("Service not available");
        return service;
      },
    });
  }
}

/** Sessions in creation order; attempt i gets devices[i]. */
function fakeBluetooth(devices: FakeDevice[]) {
  const destroyed: boolean[] = [];
  const createSession = () => {
    const index = destroyed.length;
    destroyed.push(false);
    const device = devices[index] ?? new FakeDevice(true);
    const adapter = {
      isDiscovering: async () => false,
      startDiscovery: async () => undefined,
      stopDiscovery: async () => undefined,
      waitDevice: async () => device,
    };
    const session = {
      bluetooth: { defaultAdapter: async () => adapter },
      destroy: () => {
        destroyed[index] = true;
      },
    };
    return session as unknown as BleSession;
  };
  return { createSession, destroyed };
}

function startTransport(devices: FakeDevice[]) {
  const bluetooth = fakeBluetooth(devices);
  const states: { state: TransportState; reason: string }[] = [];
  const chunks: number[][] = [];
  const transport = new BleTransport({
    address: "c0:ff:ee:00:00:01",
    silenceTimeoutMs: 60_000,
    connectTimeoutMs: 50,
    backoff: { initialMs: 5, maxMs: 20, factor: 2 },
    random: () => 0.5,
    createSession: bluetooth.createSession,
  });
  transport.start({
    onData: (chunk) => chunks.push([...chunk]),
    onState: (state, reason) => states.push({ state, reason }),
  });
  const opened = (count: number) => waitUntil(() => states.filter((s) => s.state === "open").length >= count);
  return { transport, states, chunks, destroyed: bluetooth.destroyed, opened };
}

async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!done()) throw new Error("condition not reached");
}

describe("BleTransport", () => {
  it("gives up on a GATT resolution that never ends, disconnects, and connects again", async () => {
    const stuck = new FakeDevice(false);
    const good = new FakeDevice(true);
    const { transport, states, destroyed, opened } = startTransport([stuck, good]);
    await opened(1);
    expect(states.map((s) => s.state)).toEqual(["connecting", "closed", "connecting", "open"]);
    expect(states[1]?.reason).toBe("GATT services timed out after 50 ms");
    expect(stuck.disconnects).toBe(1);
    expect(destroyed[0]).toBe(true);
    expect(states[3]?.reason).toBe("C0:FF:EE:00:00:01 connected, notifying");
    await transport.stop();
  });

  it("hands notifications on as chunks and drops every listener of a lost link", async () => {
    const first = new FakeDevice(true);
    const second = new FakeDevice(true);
    const { transport, states, chunks, destroyed, opened } = startTransport([first, second]);
    await opened(1);
    first.data.emit("valuechanged", Buffer.from([0xa5, 0x5a, 1]));
    first.emit("disconnect", { connected: false });
    expect(states.at(-1)).toEqual({ state: "closed", reason: "device disconnected" });
    expect(first.data.listenerCount("valuechanged")).toBe(0);
    expect(first.listenerCount("disconnect")).toBe(0);
    first.data.emit("valuechanged", Buffer.from([0xff]));
    await opened(2);
    second.data.emit("valuechanged", Buffer.from([2, 3]));
    expect(chunks).toEqual([
      [0xa5, 0x5a, 1],
      [2, 3],
    ]);
    // The peripheral dropped the link itself: nothing to unsubscribe from or disconnect.
    expect(first.data.unsubscribed + first.disconnects).toBe(0);
    expect(destroyed[0]).toBe(true);
    await transport.stop();
    expect(second.data.unsubscribed).toBe(1);
    expect(second.disconnects).toBe(1);
    expect(destroyed[1]).toBe(true);
  });

  it("writes commands only while the link is open", async () => {
    const device = new FakeDevice(true);
    const { transport, opened } = startTransport([device]);
    await opened(1);
    expect(await transport.write(Uint8Array.of(7, 8))).toBe(true);
    expect(device.command.writes).toEqual([[7, 8]]);
    await transport.stop();
    expect(await transport.write(Uint8Array.of(9))).toBe(false);
  });
});
