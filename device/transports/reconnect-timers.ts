// The timing half of a transport that owns its reconnects: backoff between attempts (counted from the
// last success) and a silence watchdog. The transport keeps the I/O and decides what a loss means.
import { type BackoffPolicy, backoffDelay, defaultBackoff } from "./backoff.ts";

export interface ReconnectTimingOptions {
  silenceTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export class ReconnectTimers {
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(private readonly options: ReconnectTimingOptions) {}

  /** A link opened: the next loss starts the backoff from the beginning. */
  connected(): void {
    this.attempt = 0;
  }

  /** (Re)starts the silence watchdog; `onSilence` gets the reason once it runs out. */
  feed(onSilence: (reason: string) => void): void {
    this.stopWatchdog();
    const timeoutMs = this.options.silenceTimeoutMs;
    this.watchdog = setTimeout(() => onSilence(`no data for ${timeoutMs} ms`), timeoutMs);
  }

  stopWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
  }

  /** Runs `reopen` after the next backoff delay. */
  retryLater(reopen: () => void): void {
    const delay = backoffDelay(
      this.options.backoff ?? defaultBackoff,
      this.attempt++,
      this.options.random ?? Math.random,
    );
    this.retryTimer = setTimeout(reopen, delay);
  }

  /** Stops both timers for good (the transport is stopping). */
  cancel(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopWatchdog();
  }
}
