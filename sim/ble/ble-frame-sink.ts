// Lets an emulator that writes a frame stream to a line (a FrameSink, see sim/bladder/bladder-emulator.ts)
// write it to a BLE peripheral instead. The line is "open" while a central is connected and subscribed;
// the central, not the sensor, decides when that is, so start() only starts listening.
import type { BlePeripheral } from "./ble-peripheral.ts";

export interface SinkEvents {
  onOpen(): void;
  onClose(reason: string): void;
}

export class BlePeripheralSink {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly peripheral: BlePeripheral,
    private readonly events: SinkEvents,
  ) {}

  get isOpen(): boolean {
    return this.peripheral.isStreaming;
  }

  /** Notifications are queued by the bus daemon (bounded by its max_outgoing_bytes), not by us. */
  canAccept(_byteCount: number): boolean {
    return this.peripheral.isStreaming;
  }

  write(bytes: Uint8Array): boolean {
    return this.peripheral.send(bytes);
  }

  start(): void {
    this.unsubscribe ??= this.peripheral.onStreamingChange((streaming, reason) =>
      streaming ? this.events.onOpen() : this.events.onClose(reason),
    );
  }

  /** Waits until every notification sent so far has been routed; the service disconnects centrals later. */
  async close(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.peripheral.flush().catch(() => undefined);
  }
}
