// BLE transport over BlueZ's D-Bus API (node-ble): scan for the sensor's address, connect, resolve GATT,
// subscribe to the data characteristic and hand every notification to the frame assembler as a chunk of
// the same byte stream a serial line carries. It owns its reconnects (backoff after any loss) and a
// silence watchdog. node-ble has no timeouts of its own, so every step gets one. The bus is the system
// bus named by DBUS_SYSTEM_BUS_ADDRESS (the real one on a Pi, a private one in tests).
import { EventEmitter } from "node:events";
import { type Adapter, createBluetooth, type Device, type GattCharacteristic } from "node-ble";
import type { BackoffPolicy } from "./backoff.ts";
import { ReconnectTimers } from "./reconnect-timers.ts";
import type { ByteTransport, TransportHandlers } from "./transport.ts";

/** Nordic UART Service (Nordic Semiconductor nRF5 SDK): TX notifies the central, RX is written by it. */
export const NORDIC_UART = {
  serviceUuid: "6e400001-b5a3-f393-e0a9-e50e24dcca9e",
  commandCharacteristicUuid: "6e400002-b5a3-f393-e0a9-e50e24dcca9e",
  dataCharacteristicUuid: "6e400003-b5a3-f393-e0a9-e50e24dcca9e",
} as const;

export interface BleTransportOptions {
  /** The sensor's BLE address, "AA:BB:CC:DD:EE:FF". */
  address: string;
  serviceUuid?: string | undefined;
  dataCharacteristicUuid?: string | undefined;
  commandCharacteristicUuid?: string | undefined;
  silenceTimeoutMs: number;
  /** Limit for each step: finding the adapter, discovery, connecting, resolving GATT, subscribing. */
  connectTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** node-ble's session factory; replaceable in tests. */
  createSession?: () => BleSession;
}

export type BleSession = ReturnType<typeof createBluetooth>;

/** One connection attempt and, once it succeeded, the live link. A new D-Bus connection each time:
 * dropping it also drops every signal match node-ble set up, so nothing leaks across reconnects. */
interface Link {
  session: BleSession;
  device: Device | null;
  data: GattCharacteristic | null;
  command: GattCharacteristic | null;
  /** Connect() succeeded: the peripheral holds a connection for us until we or it drop it. */
  connected: boolean;
  /** The peripheral dropped the link itself, so there is nothing left to unsubscribe or disconnect. */
  dropped: boolean;
  open: boolean;
}

const TEARDOWN_STEP_MS = 1000;

export class BleTransport implements ByteTransport {
  readonly name: string;
  private readonly address: string;
  private readonly uuids: { service: string; data: string; command: string };
  private handlers: TransportHandlers | null = null;
  private link: Link | null = null;
  private readonly timers: ReconnectTimers;
  private teardown: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: BleTransportOptions) {
    this.address = options.address.toUpperCase();
    this.name = `ble:${this.address}`;
    this.timers = new ReconnectTimers(options);
    // BlueZ reports UUIDs in lower case and node-ble looks them up verbatim.
    this.uuids = {
      service: (options.serviceUuid ?? NORDIC_UART.serviceUuid).toLowerCase(),
      data: (options.dataCharacteristicUuid ?? NORDIC_UART.dataCharacteristicUuid).toLowerCase(),
      command: (options.commandCharacteristicUuid ?? NORDIC_UART.commandCharacteristicUuid).toLowerCase(),
    };
  }

  start(handlers: TransportHandlers): void {
    this.handlers = handlers;
    this.stopped = false;
    this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.cancel();
    const link = this.link;
    this.link = null;
    if (link) this.teardown = closeLink(link);
    await this.teardown;
  }

  async write(bytes: Uint8Array): Promise<boolean> {
    const command = this.link?.open ? this.link.command : null;
    if (!command) return false;
    try {
      await withTimeout(
        command.writeValue(Buffer.from(bytes), { type: "request" }),
        this.options.connectTimeoutMs,
        "write",
      );
      return true;
    } catch {
      return false;
    }
  }

  private open(): void {
    if (this.stopped) return;
    const link: Link = {
      session: (this.options.createSession ?? createBluetooth)(),
      device: null,
      data: null,
      command: null,
      connected: false,
      dropped: false,
      open: false,
    };
    this.link = link;
    busOf(link.session)?.on("error", (error: Error) => this.lost(link, `D-Bus: ${error.message}`));
    this.handlers?.onState("connecting", `scanning for ${this.address}`);
    this.connect(link).then(
      () => {
        if (this.link !== link) return;
        link.open = true;
        this.timers.connected();
        this.timers.feed((reason) => this.lost(link, reason));
        this.handlers?.onState("open", `${this.address} connected, notifying`);
      },
      (error: unknown) => this.lost(link, error instanceof Error ? error.message : String(error)),
    );
  }

  private async connect(link: Link): Promise<void> {
    const limit = this.options.connectTimeoutMs;
    const step = async <T>(what: string, promise: Promise<T>): Promise<T> => {
      const value = await withTimeout(promise, limit, what);
      // A step that finishes after the link was given up must not revive it.
      if (this.link !== link) throw new Error("superseded");
      return value;
    };
    const adapter = await step("adapter", link.session.bluetooth.defaultAdapter());
    // Discovery is global in BlueZ; another client may already be scanning, which is just as good.
    const scanning = await step("start discovery", startOwnDiscovery(adapter));
    link.device = await step("discovery", adapter.waitDevice(this.address, limit, 100));
    // Scanning slows connecting on real controllers; a failure here costs nothing.
    if (scanning) await withTimeout(adapter.stopDiscovery(), limit, "stop discovery").catch(() => undefined);
    link.device.on("disconnect", () => {
      link.dropped = true;
      this.lost(link, "device disconnected");
    });
    await step("connect", link.device.connect());
    link.connected = true;
    const gatt = await step("GATT services", link.device.gatt());
    const service = await step("GATT service", gatt.getPrimaryService(this.uuids.service));
    link.command = await step("command characteristic", service.getCharacteristic(this.uuids.command));
    link.data = await step("data characteristic", service.getCharacteristic(this.uuids.data));
    link.data.on("valuechanged", (buffer: Buffer) => {
      if (this.link !== link) return;
      this.timers.feed((reason) => this.lost(link, reason));
      this.handlers?.onData(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    });
    await step("subscribe", link.data.startNotifications());
  }

  private lost(link: Link, reason: string): void {
    if (this.link !== link || this.stopped) return;
    this.link = null;
    this.timers.stopWatchdog();
    this.teardown = closeLink(link);
    this.handlers?.onState("closed", reason);
    // The next attempt waits for the old link's Disconnect, so the two never cross at the peripheral.
    this.timers.retryLater(() => void this.teardown.then(() => this.open()));
  }
}

/** Starts a discovery session unless one is running; true when this call started it. */
async function startOwnDiscovery(adapter: Adapter): Promise<boolean> {
  if (await adapter.isDiscovering()) return false;
  try {
    await adapter.startDiscovery();
    return true;
  } catch (error) {
    // Another client started scanning between our check and node-ble's own: just as good.
    if (error instanceof Error && error.message === "Discovery already in progress") return false;
    throw error;
  }
}

/** Best effort: unsubscribe and disconnect (each may fail on a dead link), then drop the D-Bus connection. */
async function closeLink(link: Link): Promise<void> {
  link.data?.removeAllListeners("valuechanged");
  link.device?.removeAllListeners("disconnect");
  const ignore = () => undefined;
  if (link.data && link.open && !link.dropped)
    await withTimeout(link.data.stopNotifications(), TEARDOWN_STEP_MS, "unsubscribe").catch(ignore);
  if (link.device && link.connected && !link.dropped)
    await withTimeout(link.device.disconnect(), TEARDOWN_STEP_MS, "disconnect").catch(ignore);
  link.session.destroy();
}

/** node-ble keeps its dbus-next bus as `bluetooth.dbus`; a bus error event with no listener would throw. */
function busOf(session: BleSession): EventEmitter | null {
  const bus = (session.bluetooth as unknown as { dbus?: unknown }).dbus;
  return bus instanceof EventEmitter ? bus : null;
}

/** Rejects after `ms`; the original promise is always handled, so a late rejection is not "unhandled". */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
