// One emulated bladder sensor: the pure model produces readings on the simulated grid, the frame
// stream numbers and (sometimes) damages them, the link carries them, and every reading, frame fault
// and physiological event is logged as ground truth. Time comes in through `simNow`.
import { encodeBladderEcho, encodeHello, FrameType, SensorKindCode } from "../../proto/sensor-frame/index.ts";
import { type FrameSink, type LinkEvents, sendFrame } from "../frame-link.ts";
import { dueReadingCount, type ReadingGrid, readingTimeMs } from "../pacing.ts";
import { Rng } from "../random.ts";
import {
  type BladderModelState,
  type BladderSetup,
  initialBladderModel,
  readingAt,
} from "./bladder-sensor-model.ts";
import { corruptionRecords } from "./ground-truth.ts";
import type { GroundTruthWriter } from "./ground-truth-writer.ts";
import { drawResidentProfile } from "./resident-profile.ts";
import { type OutgoingFrame, SensorFrameStream } from "./sensor-frame-stream.ts";

/** Firmware version the emulated sensor announces in HELLO (1.0). */
export const EMULATED_FIRMWARE = 0x0100;
/** Readings produced per call at most; the rest follow on the next call. */
const MAX_READINGS_PER_CALL = 2000;

export interface BladderEmulatorOptions {
  sensorId: string;
  seed: number;
  readingPeriodMs: number;
  epochMs: number;
  utcOffsetMinutes: number;
  corruptFrameRate: number;
  simNow: () => number;
  truth: GroundTruthWriter;
  createLink: (events: LinkEvents) => FrameSink;
  /** Extra fields for the "start" ground-truth event (e.g. the run configuration). */
  startDetail?: Record<string, unknown>;
}

export class BladderSensorEmulator {
  private readonly setup: BladderSetup;
  private readonly grid: ReadingGrid;
  private readonly stream: SensorFrameStream;
  private readonly link: FrameSink;
  private state: BladderModelState;
  private readingsTotal = 0;

  constructor(private readonly options: BladderEmulatorOptions) {
    const profile = drawResidentProfile(options.seed);
    this.setup = {
      profile,
      clock: { utcOffsetMinutes: options.utcOffsetMinutes },
      powerUpMs: options.epochMs,
    };
    this.grid = { epochMs: options.epochMs, periodMs: options.readingPeriodMs };
    this.state = initialBladderModel(this.setup, options.epochMs);
    // The fault stream has its own seed stream so corruption never changes the physiology.
    this.stream = new SensorFrameStream({
      corruptFrameRate: options.corruptFrameRate,
      rng: Rng.fromSeed(options.seed, 5),
    });
    this.link = options.createLink({
      onOpen: () => this.linkOpened(),
      onClose: (reason) => this.linkClosed(reason),
    });
  }

  get sensorId(): string {
    return this.options.sensorId;
  }

  get linkOpen(): boolean {
    return this.link.isOpen;
  }

  /** Simulated time of the next reading. */
  get nextReadingMs(): number {
    return readingTimeMs(this.grid, this.readingsTotal);
  }

  start(): void {
    this.options.truth.event({
      type: "start",
      simTimeMs: this.options.epochMs,
      sensorId: this.options.sensorId,
      seed: this.options.seed,
      readingPeriodMs: this.options.readingPeriodMs,
      utcOffsetMinutes: this.options.utcOffsetMinutes,
      corruptFrameRate: this.options.corruptFrameRate,
      powerUpMs: this.setup.powerUpMs,
      profile: this.setup.profile,
      ...this.options.startDetail,
    });
    this.link.start();
  }

  /** Produces every reading whose simulated time has come, in order. */
  emitDueReadings(): void {
    const count = dueReadingCount(
      this.grid,
      this.readingsTotal,
      this.options.simNow(),
      MAX_READINGS_PER_CALL,
    );
    for (let i = 0; i < count; i++) this.emitReading(this.nextReadingMs);
  }

  sendHello(): void {
    const simTimeMs = this.options.simNow();
    const payload = encodeHello({
      kindCode: SensorKindCode.bladder,
      firmware: EMULATED_FIRMWARE,
      sensorId: this.options.sensorId,
    });
    const { frame, sent } = this.transmit(FrameType.hello, payload, simTimeMs);
    this.options.truth.event({
      type: "hello",
      simTimeMs,
      frameSeq: frame.seq,
      frameSeqTotal: frame.seqTotal,
      sent,
      corrupted: frame.damaged,
    });
  }

  flush(): void {
    this.options.truth.flush();
  }

  async stop(): Promise<void> {
    const simTimeMs = this.options.simNow();
    const padding = this.stream.closingPadding();
    if (padding.length > 0 && this.link.write(padding)) {
      this.options.truth.event({
        type: "corruption",
        simTimeMs,
        kind: "noise",
        frameSeq: null,
        frameSeqTotal: null,
        frameType: null,
        noiseBytes: padding.length,
        closing: true,
      });
    }
    this.options.truth.event({
      type: "stop",
      simTimeMs,
      readings: this.readingsTotal,
      frames: this.stream.framesNumbered,
    });
    await this.link.close();
    this.options.truth.close();
  }

  private emitReading(simTimeMs: number): void {
    const [state, { reading, events }] = readingAt(this.state, this.setup, simTimeMs);
    this.state = state;
    for (const event of events) this.options.truth.event(event);
    const { frame, sent } = this.transmit(FrameType.bladderEcho, encodeBladderEcho(reading), simTimeMs);
    this.options.truth.reading({
      sensorSeqTotal: this.readingsTotal,
      frameSeq: frame.seq,
      reading,
      sent,
      corrupted: frame.damaged,
    });
    this.readingsTotal++;
  }

  private transmit(
    type: number,
    payload: Uint8Array,
    simTimeMs: number,
  ): { frame: OutgoingFrame; sent: boolean } {
    const { frame, sent } = sendFrame(this.stream, this.link, type, payload);
    if (sent) for (const record of corruptionRecords(frame, simTimeMs)) this.options.truth.event(record);
    return { frame, sent };
  }

  private linkOpened(): void {
    this.options.truth.event({ type: "port_open", simTimeMs: this.options.simNow() });
    // A sensor announces itself whenever the line comes (back) up.
    this.sendHello();
  }

  private linkClosed(reason: string): void {
    this.stream.resetLine();
    this.options.truth.event({ type: "port_closed", simTimeMs: this.options.simNow(), reason });
  }
}
