// The device end of a serial line that may vanish and come back (a pulled USB cable, a restarted
// socat pair): a sensor that only talks, or a board (Firmata) that also answers. It owns its reconnects: exponential backoff with jitter and a cap. Writes are
// fire-and-forget with a bounded amount of data in flight; a write that does not fit, or finds the
// port away, is refused and the caller records it as not sent.
import { SerialPort } from "serialport";

export interface SerialLinkOptions {
  path: string;
  baudRate: number;
  /** Bytes handed to the port but not yet written out; above this, writes are refused. */
  maxInFlightBytes?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Uniform [0, 1) source for backoff jitter (injected so tests can pin it). */
  random: () => number;
  onOpen?: () => void;
  onClose?: (reason: string) => void;
  /** Bytes received from the host; a sensor that only talks leaves this out. */
  onData?: (bytes: Uint8Array) => void;
}

export interface SerialLinkCounters {
  opens: number;
  losses: number;
  refusedWrites: number;
}

export class ReopeningSerialLink {
  private port: SerialPort | null = null;
  private open = false;
  private stopping = false;
  private attempts = 0;
  private inFlightBytes = 0;
  private reopenTimer: NodeJS.Timeout | null = null;
  readonly counters: SerialLinkCounters = { opens: 0, losses: 0, refusedWrites: 0 };

  constructor(private readonly options: SerialLinkOptions) {}

  get isOpen(): boolean {
    return this.open;
  }

  start(): void {
    this.stopping = false;
    this.connect();
  }

  /** True when a write of `byteCount` bytes would be accepted now. */
  canAccept(byteCount: number): boolean {
    const limit = this.options.maxInFlightBytes ?? 64 * 1024;
    return this.open && this.port !== null && this.inFlightBytes + byteCount <= limit;
  }

  /** True when the bytes were handed to the open port. */
  write(bytes: Uint8Array): boolean {
    const port = this.port;
    if (port === null || !this.canAccept(bytes.length)) {
      this.counters.refusedWrites++;
      return false;
    }
    this.inFlightBytes += bytes.length;
    port.write(Buffer.from(bytes), (error) => {
      if (this.port !== port) return;
      this.inFlightBytes -= bytes.length;
      if (error) this.lost(port, error.message);
    });
    return true;
  }

  /** Waits (briefly) for pending bytes to go out, then closes for good. */
  async close(): Promise<void> {
    this.stopping = true;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    const port = this.port;
    this.port = null;
    this.open = false;
    if (port === null || !port.isOpen) return;
    await withTimeout(new Promise<void>((resolve) => port.drain(() => resolve())), 1000);
    await withTimeout(new Promise<void>((resolve) => port.close(() => resolve())), 1000);
  }

  private connect(): void {
    this.reopenTimer = null;
    if (this.stopping) return;
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate,
      autoOpen: false,
    });
    this.port = port;
    port.on("error", (error: Error) => this.lost(port, error.message));
    port.on("close", () => this.lost(port, "closed"));
    // Even a sensor that ignores what it receives reads: that keeps the stream flowing, so a vanished
    // peer shows up as a read error even between writes.
    port.on("data", (chunk: Buffer) => {
      if (this.port === port)
        this.options.onData?.(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    port.open((error) => {
      if (error) return this.lost(port, error.message);
      if (this.port !== port || this.stopping) return;
      this.open = true;
      this.attempts = 0;
      this.inFlightBytes = 0;
      this.counters.opens++;
      this.options.onOpen?.();
    });
  }

  private lost(port: SerialPort, reason: string): void {
    // serialport may report one loss several times (error, then close with a disconnect error).
    if (this.port !== port || this.stopping) return;
    const wasOpen = this.open;
    this.port = null;
    this.open = false;
    port.removeAllListeners("data");
    if (port.isOpen) port.close(() => undefined);
    if (wasOpen) {
      this.counters.losses++;
      this.options.onClose?.(reason);
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const initial = this.options.initialBackoffMs ?? 100;
    const cap = this.options.maxBackoffMs ?? 5000;
    const ceiling = Math.min(cap, initial * 2 ** this.attempts);
    this.attempts++;
    // "Equal jitter": half fixed, half random, so retries from many sensors spread out.
    const delay = ceiling / 2 + (ceiling / 2) * this.options.random();
    this.reopenTimer = setTimeout(() => this.connect(), delay);
  }
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
