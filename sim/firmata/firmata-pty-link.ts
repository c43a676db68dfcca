// The board end of a serial line for the Firmata emulator: unlike a sensor that only talks, a Firmata
// board answers, so this link hands received bytes on. It reopens the port with backoff (equal jitter,
// capped) when it fails, and refuses writes beyond a bound of bytes in flight.
import { SerialPort } from "serialport";

export interface FirmataPtyLinkOptions {
  path: string;
  onData(bytes: Uint8Array): void;
  onOpen?(): void;
  onClose?(reason: string): void;
  random: () => number;
  maxInFlightBytes?: number;
}

export class FirmataPtyLink {
  private port: SerialPort | null = null;
  private open = false;
  private stopping = false;
  private attempts = 0;
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  refusedWrites = 0;

  constructor(private readonly options: FirmataPtyLinkOptions) {}

  get isOpen(): boolean {
    return this.open;
  }

  start(): void {
    this.stopping = false;
    this.connect();
  }

  /** True when the bytes were handed to the open port. */
  write(bytes: Uint8Array): boolean {
    const port = this.port;
    if (!port || !this.open || this.inFlight + bytes.length > (this.options.maxInFlightBytes ?? 64 * 1024)) {
      this.refusedWrites++;
      return false;
    }
    this.inFlight += bytes.length;
    port.write(Buffer.from(bytes), (error) => {
      if (this.port !== port) return;
      this.inFlight -= bytes.length;
      if (error) this.lost(port, error.message);
    });
    return true;
  }

  async close(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const port = this.port;
    this.port = null;
    this.open = false;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.drain(() => resolve()));
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private connect(): void {
    this.timer = null;
    if (this.stopping) return;
    const port = new SerialPort({ path: this.options.path, baudRate: 57_600, autoOpen: false });
    this.port = port;
    port.on("error", (error: Error) => this.lost(port, error.message));
    port.on("close", () => this.lost(port, "closed"));
    port.on("data", (chunk: Buffer) => {
      if (this.port === port)
        this.options.onData(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    port.open((error) => {
      if (error) return this.lost(port, error.message);
      if (this.port !== port || this.stopping) return;
      this.open = true;
      this.attempts = 0;
      this.inFlight = 0;
      this.options.onOpen?.();
    });
  }

  private lost(port: SerialPort, reason: string): void {
    if (this.port !== port || this.stopping) return;
    const wasOpen = this.open;
    this.port = null;
    this.open = false;
    port.removeAllListeners("data");
    port.on("error", () => undefined);
    if (port.isOpen) port.close(() => undefined);
    if (wasOpen) this.options.onClose?.(reason);
    const ceiling = Math.min(5000, 100 * 2 ** this.attempts++);
    this.timer = setTimeout(() => this.connect(), ceiling / 2 + (ceiling / 2) * this.options.random());
  }
}
