// Firmata transport: analog inputs of a Firmata board (load cells or pressure pads behind an ADC) read
// through johnny-five, turned into sample-block frames and handed to the pipeline as a byte stream, so
// the sensor's own definition decodes them. The sampling interval is set from `rateHz` (Firmata counts
// it in whole ms, at least 10). The board link reconnects by itself; silence longer than
// `silenceTimeoutMs` between reports (6× that before the first one) resets it.
import type { Firmata as FirmataIo } from "firmata-io";
import type { BackoffPolicy } from "./backoff.ts";
import {
  type FirmataBoardLink,
  type FirmataBoardUser,
  firmataBoardAt,
  type ReadyBoard,
} from "./firmata-board.ts";
import { AnalogInstantAssembler, SampleBlockFramer } from "./firmata-instants.ts";
import type { ByteTransport, TransportHandlers } from "./transport.ts";

/** The first report after the board is ready may take this many silence timeouts. */
const FIRST_REPORT_FACTOR = 6;

export interface FirmataTransportOptions {
  path: string;
  baudRate: number;
  /** Analog channels (0 = A0) read as the sensor's channels, in this order. */
  pins: readonly number[];
  /** Samples per second per channel: 1000 / rateHz must be whole ms, at least 10. */
  rateHz: number;
  silenceTimeoutMs: number;
  reportVersionTimeoutMs: number;
  handshakeTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export class FirmataTransport implements ByteTransport {
  readonly name: string;
  private readonly link: FirmataBoardLink;
  private readonly assembler: AnalogInstantAssembler;
  private readonly framer: SampleBlockFramer;
  private readonly user: FirmataBoardUser;
  private handlers: TransportHandlers | null = null;
  private io: FirmataIo | null = null;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(private readonly options: FirmataTransportOptions) {
    this.name = `firmata:${options.path}`;
    this.link = firmataBoardAt(options);
    this.assembler = new AnalogInstantAssembler(options.pins);
    this.framer = new SampleBlockFramer(options.pins.length, options.rateHz);
    this.user = { onReady: (ready) => this.boardReady(ready), onLost: (reason) => this.boardLost(reason) };
  }

  start(handlers: TransportHandlers): void {
    this.handlers = handlers;
    handlers.onState("connecting", `opening Firmata board on ${this.options.path}`);
    this.link.attach(this.user);
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.emit(this.framer.flush());
    this.io = null;
    await this.link.detach(this.user);
  }

  /** A Firmata board takes no sensor commands. */
  write(): Promise<boolean> {
    return Promise.resolve(false);
  }

  private boardReady({ io }: ReadyBoard): void {
    this.io = io;
    this.assembler.reset();
    this.framer.restartCounter();
    io.setSamplingInterval(Math.round(1000 / this.options.rateHz));
    for (const channel of this.options.pins) {
      io.analogRead(channel, (value) => {
        if (this.io !== io) return;
        this.feedWatchdog();
        for (const round of this.assembler.add(channel, value))
          this.emit(round ? this.framer.add(round) : this.framer.skip());
      });
    }
    // A board reports from the first interval on; give it longer before the first report than between
    // reports (the sampling interval and reporting were only just set).
    this.feedWatchdog(FIRST_REPORT_FACTOR * this.options.silenceTimeoutMs);
    const firmware = io.firmware.name ? ` (${io.firmware.name})` : "";
    this.handlers?.onState(
      "open",
      `${this.options.path} ready${firmware}, reading A${this.options.pins.join(", A")}`,
    );
  }

  private boardLost(reason: string): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    // Samples already read are real: send them before the counter starts over with the next connection.
    if (this.io) this.emit(this.framer.flush());
    this.io = null;
    this.handlers?.onState("closed", reason);
  }

  private emit(frame: Uint8Array | null): void {
    if (frame) this.handlers?.onData(frame);
  }

  private feedWatchdog(timeoutMs = this.options.silenceTimeoutMs): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.link.reset(`no analog data for ${timeoutMs} ms`), timeoutMs);
  }
}
