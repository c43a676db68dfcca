// One emulated BLE sensor as BlueZ shows it to a central: a Device1 object with one GATT service (the
// Nordic UART Service layout), a notify characteristic carrying the sensor frame stream and a write
// characteristic for commands. The emulator calls send(); bytes go out as notifications only while a
// central is connected and subscribed, otherwise send() refuses them so ground truth can say "not sent".
import * as dbus from "dbus-next";
import {
  Device1Interface,
  GattCharacteristic1Interface,
  GattService1Interface,
  publishProperties,
} from "./bluez-interfaces.ts";
import { BluezError, devicePath, SENSOR_GATT } from "./bluez-names.ts";
import { notificationChunks } from "./notification-chunks.ts";

export interface PeripheralIdentity {
  /** BLE address, "AA:BB:CC:DD:EE:FF". */
  address: string;
  /** Advertised local name. */
  name: string;
}

export interface PeripheralContext {
  adapterPath: string;
  maxNotificationBytes: number;
  /** Unique bus name of the client whose call is being handled. */
  caller(): string;
  /** Resolves once everything sent so far has been routed by the bus daemon. */
  flush(): Promise<void>;
}

export interface PeripheralCounters {
  connects: number;
  disconnects: number;
  forcedDisconnects: number;
  notifications: number;
  bytesSent: number;
  refusedSends: number;
  commandWrites: number;
}

type StreamingListener = (streaming: boolean, reason: string) => void;
type CommandListener = (bytes: Uint8Array) => void;

const fail = (name: string, text: string) => new dbus.DBusError(name, text);

export class BlePeripheral {
  readonly address: string;
  readonly name: string;
  readonly path: string;
  readonly counters: PeripheralCounters = {
    connects: 0,
    disconnects: 0,
    forcedDisconnects: 0,
    notifications: 0,
    bytesSent: 0,
    refusedSends: 0,
    commandWrites: 0,
  };
  private readonly device: Device1Interface;
  private readonly service: GattService1Interface;
  private readonly data: GattCharacteristic1Interface;
  private readonly command: GattCharacteristic1Interface;
  private readonly notifyClients = new Set<string>();
  private readonly streamingListeners = new Set<StreamingListener>();
  private readonly commandListeners = new Set<CommandListener>();
  private streaming = false;
  private outOfRangeTimer: NodeJS.Timeout | null = null;
  private removed = false;

  constructor(
    identity: PeripheralIdentity,
    private readonly context: PeripheralContext,
  ) {
    this.address = identity.address.toUpperCase();
    this.name = identity.name;
    this.path = devicePath(context.adapterPath, this.address);
    this.device = new Device1Interface(
      { ...identity, adapterPath: context.adapterPath, serviceUuids: [SENSOR_GATT.serviceUuid] },
      { connect: () => this.connect(), disconnect: () => this.disconnect() },
    );
    const servicePath = `${this.path}/service0010`;
    this.service = new GattService1Interface(SENSOR_GATT.serviceUuid, this.path);
    this.command = new GattCharacteristic1Interface(
      {
        uuid: SENSOR_GATT.commandCharacteristicUuid,
        servicePath,
        flags: ["write", "write-without-response"],
      },
      {
        readValue: () => this.refuse("Read not permitted"),
        writeValue: (bytes) => this.receiveCommand(bytes),
        startNotify: () => this.refuse("Notify not permitted"),
        stopNotify: () => this.refuse("Notify not permitted"),
      },
    );
    this.data = new GattCharacteristic1Interface(
      { uuid: SENSOR_GATT.dataCharacteristicUuid, servicePath, flags: ["read", "notify"] },
      {
        readValue: () => this.whenConnected(() => this.data.Value),
        writeValue: () => this.refuse("Write not permitted"),
        startNotify: () => this.startNotify(),
        stopNotify: () => this.stopNotify(),
      },
    );
  }

  /** Object paths and interfaces, in parent-before-child order, for exporting on the bus. */
  objects(): [string, InstanceType<typeof dbus.interface.Interface>][] {
    const servicePath = this.data.Service;
    return [
      [this.path, this.device],
      [servicePath, this.service],
      [`${servicePath}/char0011`, this.command],
      [`${servicePath}/char0013`, this.data],
    ];
  }

  /** True while a central is connected and subscribed: only then do bytes reach anyone. */
  get isStreaming(): boolean {
    return this.streaming;
  }

  get isConnected(): boolean {
    return this.device.Connected;
  }

  /** Sends bytes as notifications; false (and nothing sent) when no central is listening. */
  send(bytes: Uint8Array): boolean {
    if (!this.streaming) {
      this.counters.refusedSends++;
      return false;
    }
    try {
      for (const chunk of notificationChunks(bytes, this.context.maxNotificationBytes)) {
        publishProperties(this.data, { Value: chunk.slice() });
        this.counters.notifications++;
        this.counters.bytesSent += chunk.length;
      }
    } catch (error) {
      this.busLost(`D-Bus send failed: ${(error as Error).message}`);
    }
    // A closed bus connection may also report itself through the service's error handler, which calls
    // busLost synchronously during the send: either way these bytes reached nobody.
    return !this.removed;
  }

  /** Resolves once every notification sent so far has left this process and been routed by the bus. */
  flush(): Promise<void> {
    return this.context.flush();
  }

  /**
   * A dropped link (the resident walked away, interference): Connected becomes false and notifications
   * stop; the central must connect and subscribe again. For `outOfRangeMs`, connection attempts fail.
   */
  forceDisconnect(options: { outOfRangeMs?: number } = {}): void {
    this.counters.forcedDisconnects++;
    if (this.device.Connected) this.dropLink("link lost");
    const outOfRangeMs = options.outOfRangeMs ?? 0;
    if (outOfRangeMs <= 0) return;
    if (this.outOfRangeTimer) clearTimeout(this.outOfRangeTimer);
    this.outOfRangeTimer = setTimeout(() => {
      this.outOfRangeTimer = null;
    }, outOfRangeMs);
  }

  onStreamingChange(listener: StreamingListener): () => void {
    this.streamingListeners.add(listener);
    return () => this.streamingListeners.delete(listener);
  }

  onCommand(listener: CommandListener): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  /** A client left the bus: its notification session ends, as in BlueZ. */
  clientGone(uniqueName: string): void {
    if (!this.notifyClients.delete(uniqueName)) return;
    if (this.notifyClients.size === 0) publishProperties(this.data, { Notifying: false });
    this.updateStreaming(`central ${uniqueName} left the bus`);
  }

  /** The bus connection is gone, so no central can hear this peripheral any more; nothing to publish. */
  busLost(reason: string): void {
    this.removed = true;
    this.notifyClients.clear();
    Object.assign(this.device, { Connected: false, ServicesResolved: false });
    this.updateStreaming(reason);
  }

  /** Powers the peripheral off for good (the caller unexports its objects). */
  remove(): void {
    if (this.outOfRangeTimer) clearTimeout(this.outOfRangeTimer);
    if (this.device.Connected) this.dropLink("peripheral removed");
    this.removed = true;
  }

  private connect(): void {
    if (this.removed) throw fail(BluezError.doesNotExist, "Does Not Exist");
    // BlueZ reports a connection attempt to an absent LE device as aborted after its own timeout.
    if (this.outOfRangeTimer) throw fail(BluezError.failed, "le-connection-abort-by-local");
    if (this.device.Connected) return;
    this.counters.connects++;
    publishProperties(this.device, { Connected: true });
    publishProperties(this.device, { ServicesResolved: true });
  }

  private disconnect(): void {
    if (!this.device.Connected) throw fail(BluezError.notConnected, "Not Connected");
    this.dropLink("disconnected by central");
  }

  private dropLink(reason: string): void {
    this.counters.disconnects++;
    const wasNotifying = this.notifyClients.size > 0;
    this.notifyClients.clear();
    if (wasNotifying) publishProperties(this.data, { Notifying: false });
    publishProperties(this.device, { ServicesResolved: false });
    publishProperties(this.device, { Connected: false });
    this.updateStreaming(reason);
  }

  private startNotify(): void {
    if (!this.device.Connected) throw fail(BluezError.failed, "Not connected");
    this.notifyClients.add(this.context.caller());
    if (!this.data.Notifying) publishProperties(this.data, { Notifying: true });
    this.updateStreaming("central subscribed");
  }

  private stopNotify(): void {
    if (!this.notifyClients.delete(this.context.caller()))
      throw fail(BluezError.failed, "No notify session started");
    if (this.notifyClients.size === 0) publishProperties(this.data, { Notifying: false });
    this.updateStreaming("central unsubscribed");
  }

  private receiveCommand(bytes: Uint8Array): void {
    this.whenConnected(() => undefined);
    this.counters.commandWrites++;
    for (const listener of this.commandListeners) listener(bytes);
  }

  private whenConnected<T>(read: () => T): T {
    if (!this.device.Connected) throw fail(BluezError.failed, "Not connected");
    return read();
  }

  private refuse(text: string): never {
    throw fail(BluezError.notPermitted, text);
  }

  private updateStreaming(reason: string): void {
    const streaming = this.device.Connected && this.notifyClients.size > 0 && !this.removed;
    if (streaming === this.streaming) return;
    this.streaming = streaming;
    for (const listener of this.streamingListeners) listener(streaming, reason);
  }
}
