// One emulated under-mattress bed sensor on a serial line: it plays nights (emulator-signal.ts) and sends
// them as sample-block frames (FrameType.sampleBlock) of about 0.1 s each, numbered with a free-running
// 32-bit sample counter, paced by the simulated clock (a frame goes out once its last instant is due).
// Line faults come from the bladder sensor's frame stream; the ground truth counts the instants that
// left undamaged, which is what an agent can store.
import {
  encodeHello,
  encodeSampleBlock,
  FrameType,
  MAX_PAYLOAD_BYTES,
  SAMPLE_BLOCK_HEADER_BYTES,
  SensorKindCode,
} from "../../proto/sensor-frame/index.ts";
import { SensorFrameStream } from "../bladder/sensor-frame-stream.ts";
import { type FrameSink, type LinkEvents, sendFrame } from "../frame-link.ts";
import { Rng } from "../random.ts";
import type { LoopParticipant } from "../run-loop.ts";
import type { BedSignalCursor } from "./emulator-signal.ts";
import type { BedTruthWriter, SampleCounts } from "./emulator-truth.ts";

export const BED_FIRMWARE = 0x0100;
/** Frames per call at most, so a stalled loop catches up without starving the event loop. */
const MAX_FRAMES_PER_CALL = 500;

/** Instants per frame: about a tenth of a second, within the 250-byte payload. */
export function bedInstantsPerFrame(channels: number, rateHz: number): number {
  const fit = Math.floor((MAX_PAYLOAD_BYTES - SAMPLE_BLOCK_HEADER_BYTES) / (2 * channels));
  return Math.max(1, Math.min(fit, Math.round(rateHz / 10)));
}

export interface BedEmulatorOptions {
  sensorId: string;
  seed: number;
  cursor: BedSignalCursor;
  truth: BedTruthWriter;
  simNow: () => number;
  /** Value of the sample counter at the first instant. */
  counterStart: number;
  corruptFrameRate: number;
  createLink: (events: LinkEvents) => FrameSink;
}

export class BedFrameEmulator implements LoopParticipant {
  private readonly stream: SensorFrameStream;
  private readonly link: FrameSink;
  private readonly perFrame: number;
  readonly counts: SampleCounts = { generated: 0, sent: 0, intact: 0, frames: 0 };

  constructor(private readonly options: BedEmulatorOptions) {
    this.perFrame = bedInstantsPerFrame(options.cursor.channels, options.cursor.rateHz);
    this.stream = new SensorFrameStream({
      corruptFrameRate: options.corruptFrameRate,
      rng: Rng.fromSeed(options.seed, 7),
    });
    this.link = options.createLink({
      onOpen: () => {
        options.truth.event({ type: "port_open", simTimeMs: options.simNow() });
        this.sendHello();
      },
      onClose: (reason) => {
        this.stream.resetLine();
        options.truth.event({ type: "port_closed", simTimeMs: options.simNow(), reason });
      },
    });
  }

  get sensorId(): string {
    return this.options.sensorId;
  }

  get linkOpen(): boolean {
    return this.link.isOpen;
  }

  /** Simulated time of the last instant of the next frame: the frame is due then. */
  get nextReadingMs(): number {
    return this.options.cursor.timeOfInstantMs(this.options.cursor.instantsTaken + this.perFrame - 1);
  }

  start(): void {
    this.link.start();
  }

  emitDueReadings(): void {
    const now = this.options.simNow();
    for (let i = 0; i < MAX_FRAMES_PER_CALL && this.nextReadingMs <= now; i++) this.emitFrame();
  }

  sendHello(): void {
    const payload = encodeHello({
      kindCode: SensorKindCode.bed,
      firmware: BED_FIRMWARE,
      sensorId: this.sensorId,
    });
    this.transmit(FrameType.hello, payload);
  }

  flush(): void {
    this.options.truth.progress("progress", this.options.simNow(), this.counts);
    this.options.truth.flush();
  }

  async stop(): Promise<void> {
    this.options.truth.progress("stop", this.options.simNow(), this.counts);
    await this.link.close();
    this.options.truth.close();
  }

  private emitFrame(): void {
    const cursor = this.options.cursor;
    const firstSample = (this.options.counterStart + cursor.instantsTaken) >>> 0;
    const values = cursor.take(this.perFrame);
    const payload = encodeSampleBlock({
      firstSample,
      rateHz: cursor.rateHz,
      channels: cursor.channels,
      values,
    });
    this.counts.generated += this.perFrame;
    const { sent, damaged } = this.transmit(FrameType.sampleBlock, payload);
    if (sent) {
      this.counts.sent += this.perFrame;
      this.counts.frames++;
      if (!damaged) this.counts.intact += this.perFrame;
    }
  }

  private transmit(type: number, payload: Uint8Array): { sent: boolean; damaged: boolean } {
    const { frame, sent } = sendFrame(this.stream, this.link, type, payload);
    return { sent, damaged: frame.damaged };
  }
}
