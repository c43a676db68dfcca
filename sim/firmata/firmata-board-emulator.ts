// An emulated Firmata board on the board end of a real pty: answers the host, records every pin-mode
// change and output write (with real and simulated time) to <id>.firmata.jsonl, and streams analog
// reports of the enabled channels once per sampling interval of simulated time, taking the values from
// an analog feed (e.g. a bed's load cells behind a 10-bit ADC). Paced by the run loop: it only sends what
// the accelerated clock says is due.

import { LineFile } from "../line-file.ts";
import type { LoopParticipant } from "../run-loop.ts";
import { ReopeningSerialLink } from "../serial-link.ts";
import { type BoardEvent, FirmataDevice } from "./firmata-device.ts";

export interface AnalogFeed {
  /** Plays the signal on to simulated time `simMs` with nobody reading it. */
  advanceTo(simMs: number): void;
  /** ADC readings of the tick at simulated time `simMs` (the interval since the last tick), by channel. */
  sampleAt(simMs: number): (channel: number) => number;
}

export interface FirmataBoardEmulatorOptions {
  id: string;
  ttyPath: string;
  /** <id>.firmata.jsonl: pin events, analog progress, start and stop. */
  recordPath: string;
  simNow: () => number;
  /** Real wall time, recorded next to simulated time so tests can measure latencies in both. */
  realNow: () => number;
  feed: AnalogFeed | null;
  random: () => number;
  log: (message: string) => void;
}

/** Ticks sent per call at most, so one catch-up after a stall cannot starve the event loop. */
const MAX_TICKS_PER_CALL = 2000;

export class FirmataBoardEmulator implements LoopParticipant {
  private readonly device = new FirmataDevice();
  private readonly link: ReopeningSerialLink;
  private readonly record: LineFile;
  private nextTickMs: number | null = null;
  private ticksSent = 0;
  private ticksRefused = 0;

  constructor(private readonly options: FirmataBoardEmulatorOptions) {
    this.record = new LineFile(options.recordPath);
    this.link = new ReopeningSerialLink({
      path: options.ttyPath,
      baudRate: 57_600,
      random: options.random,
      onData: (bytes) => this.received(bytes),
      onOpen: () => {
        options.log(`${options.id} Firmata board open on ${options.ttyPath}`);
        this.note({ type: "port_open" });
      },
      onClose: (reason) => this.note({ type: "port_closed", reason }),
    });
  }

  get linkOpen(): boolean {
    return this.link.isOpen;
  }

  get nextReadingMs(): number {
    return this.nextTickMs ?? Number.POSITIVE_INFINITY;
  }

  start(): void {
    this.note({ type: "start", ttyPath: this.options.ttyPath });
    this.link.start();
  }

  emitDueReadings(): void {
    const now = this.options.simNow();
    const feed = this.options.feed;
    if (!feed || this.device.reportingChannels.length === 0) {
      feed?.advanceTo(now);
      this.nextTickMs = null;
      return;
    }
    const interval = this.device.samplingIntervalMs;
    this.nextTickMs ??= now + interval;
    const chunks: Uint8Array[] = [];
    while (this.nextTickMs <= now && chunks.length < MAX_TICKS_PER_CALL) {
      chunks.push(this.device.analogReports(feed.sampleAt(this.nextTickMs)));
      this.nextTickMs += interval;
    }
    if (chunks.length === 0) return;
    if (this.link.write(Buffer.concat(chunks))) this.ticksSent += chunks.length;
    else this.ticksRefused += chunks.length;
  }

  /** Firmata has no periodic announcement. */
  sendHello(): void {}

  flush(): void {
    this.note({ type: "analog_progress", ticksSent: this.ticksSent, ticksRefused: this.ticksRefused });
    this.record.flush();
  }

  async stop(): Promise<void> {
    this.note({
      type: "stop",
      ticksSent: this.ticksSent,
      ticksRefused: this.ticksRefused,
      channels: this.device.reportingChannels,
    });
    await this.link.close();
    this.record.close();
  }

  private received(bytes: Uint8Array): void {
    const { replies, events } = this.device.receive(bytes);
    for (const reply of replies) this.link.write(reply);
    for (const event of events) this.onEvent(event);
  }

  private onEvent(event: BoardEvent): void {
    this.note(event);
    // Output changes are what tests wait for: make them visible at once.
    if (event.type === "output") this.record.flush();
    if (event.type === "sampling_interval") this.nextTickMs = null;
  }

  private note(record: { type: string } & Record<string, unknown>): void {
    this.record.json({ realMs: this.options.realNow(), simTimeMs: this.options.simNow(), ...record });
  }
}
