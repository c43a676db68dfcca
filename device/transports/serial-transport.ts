// Serial transport over `serialport`: reopens with backoff after errors and treats silence longer
// than `silenceTimeoutMs`, or a device node that vanished or changed, as a disconnect (a pulled USB
// adapter may never emit "close").
import { SerialPort } from "serialport";
import type { BackoffPolicy } from "./backoff.ts";
import { type DeviceIdentity, deviceIdentity, presenceProblem } from "./device-presence.ts";
import { ReconnectTimers } from "./reconnect-timers.ts";
import type { ByteTransport, TransportHandlers } from "./transport.ts";

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
  silenceTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

const PRESENCE_CHECK_MS = 1000;

export class SerialTransport implements ByteTransport {
  readonly name: string;
  private port: SerialPort | null = null;
  private handlers: TransportHandlers | null = null;
  private readonly timers: ReconnectTimers;
  private stopped = false;
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: SerialTransportOptions) {
    this.name = `serial:${options.path}`;
    this.timers = new ReconnectTimers(options);
  }

  start(handlers: TransportHandlers): void {
    this.handlers = handlers;
    this.stopped = false;
    this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.cancel();
    this.stopPresenceCheck();
    await this.closePort();
  }

  write(bytes: Uint8Array): Promise<boolean> {
    const port = this.port;
    if (!port?.isOpen) return Promise.resolve(false);
    return new Promise((resolve) => port.write(Buffer.from(bytes), (error) => resolve(!error)));
  }

  private open(): void {
    this.handlers?.onState("connecting", `opening ${this.options.path}`);
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate,
      autoOpen: false,
    });
    this.port = port;
    port.on("data", (chunk: Buffer) => {
      this.timers.feed((reason) => this.lost(port, reason));
      this.handlers?.onData(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    port.on("close", () => this.lost(port, "port closed"));
    port.on("error", (error: Error) => this.lost(port, error.message));
    const identity = deviceIdentity(this.options.path);
    port.open((error) => {
      if (error) return this.lost(port, error.message);
      if (identity) this.watchPresence(port, identity);
      this.timers.connected();
      this.timers.feed((reason) => this.lost(port, reason));
      this.handlers?.onState("open", `${this.options.path} open`);
    });
  }

  private lost(port: SerialPort, reason: string): void {
    if (this.port !== port || this.stopped) return;
    this.port = null;
    this.timers.stopWatchdog();
    this.stopPresenceCheck();
    port.removeAllListeners("data");
    port.removeAllListeners("close");
    // Keep an error listener: a late error from a dying port must not become an uncaught exception.
    port.on("error", () => undefined);
    if (port.isOpen) port.close(() => undefined);
    this.handlers?.onState("closed", reason);
    this.timers.retryLater(() => this.open());
  }

  private watchPresence(port: SerialPort, opened: DeviceIdentity): void {
    this.stopPresenceCheck();
    this.presenceTimer = setInterval(() => {
      const problem = presenceProblem(this.options.path, opened);
      if (problem) this.lost(port, problem);
    }, PRESENCE_CHECK_MS);
  }

  private stopPresenceCheck(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.presenceTimer = null;
  }

  private closePort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (!port?.isOpen) return Promise.resolve();
    return new Promise((resolve) => port.close(() => resolve()));
  }
}
