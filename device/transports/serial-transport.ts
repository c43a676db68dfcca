// Serial transport over `serialport`: reopens with backoff after errors and treats silence longer
// than `silenceTimeoutMs` as a disconnect (a pulled USB adapter may never emit "close").
import { SerialPort } from "serialport";
import type { BackoffPolicy } from "./backoff.ts";
import { ReconnectTimers } from "./reconnect-timers.ts";
import type { ByteTransport, TransportHandlers } from "./transport.ts";

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
  silenceTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export class SerialTransport implements ByteTransport {
  readonly name: string;
  private port: SerialPort | null = null;
  private handlers: TransportHandlers | null = null;
  private readonly timers: ReconnectTimers;
  private stopped = false;

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
    port.open((error) => {
      if (error) return this.lost(port, error.message);
      this.timers.connected();
      this.timers.feed((reason) => this.lost(port, reason));
      this.handlers?.onState("open", `${this.options.path} open`);
    });
  }

  private lost(port: SerialPort, reason: string): void {
    if (this.port !== port || this.stopped) return;
    this.port = null;
    this.timers.stopWatchdog();
    port.removeAllListeners("data");
    port.removeAllListeners("close");
    // Keep an error listener: a late error from a dying port must not become an uncaught exception.
    port.on("error", () => undefined);
    if (port.isOpen) port.close(() => undefined);
    this.handlers?.onState("closed", reason);
    this.timers.retryLater(() => this.open());
  }

  private closePort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (!port?.isOpen) return Promise.resolve();
    return new Promise((resolve) => port.close(() => resolve()));
  }
}
