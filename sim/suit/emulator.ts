// One emulated assist suit. Its ADC counts sample instants from power-up on a free-running 32-bit counter;
// while assisting it streams drawn sessions (drawSuitSession → generateSuitSession) as sample-block frames
// in real time, and it reports its state in a status frame every second and at every change. The link (a
// pty or a BLE peripheral) may come and go: the suit keeps numbering frames and counting samples, so the
// agent sees exactly what was lost, and the ground truth says which samples never left the suit.
import { encodeHello, encodeSuitStatus, FrameType, SensorKindCode } from "../../proto/sensor-frame/index.ts";
import { SensorFrameStream } from "../bladder/sensor-frame-stream.ts";
import { type FrameSink, type LinkEvents, sendFrame } from "../frame-link.ts";
import { Rng } from "../random.ts";
import { instantsPerFrame, sampleBlockPayload } from "./emulator-frames.ts";
import {
  type FrameSamples,
  type NotSentRun,
  SessionDelivery,
  SuitSessionPlayback,
} from "./emulator-session.ts";
import type { SuitTruthWriter } from "./emulator-truth.ts";
import { type DrawSessionOptions, drawSuitSession } from "./random-session.ts";

export const SUIT_FIRMWARE = 0x0100;
const STATUS_INTERVAL_MS = 1000;
/** Frames sent per call at most, so a stalled loop catches up without starving the event loop. */
const MAX_FRAMES_PER_CALL = 1000;
/** Status "mode": an opaque code of the suit; this emulator uses 0 = standby, 1 = assisting. */
const MODE = { standby: 0, assist: 1 } as const;
/** Battery drain while assisting (a HAL-style lumbar unit runs a few hours on a charge). */
const MS_PER_BATTERY_PCT = 180_000;

export interface SuitEmulatorOptions {
  sensorId: string;
  seed: number;
  /** Sessions to stream; 0 = endless. Session k (1-based) is drawn from seed + k − 1. */
  sessions: number;
  session: Omit<DrawSessionOptions, "fatigue">;
  restS: number;
  /** Time from the link's first opening to the first session. */
  startDelayS: number;
  /** The sample counter at power-up (set near 2^32 to make it wrap during a run). */
  counterStart: number;
  corruptFrameRate: number;
  /** Wall time in ms: the suit streams in real time. */
  nowMs: () => number;
  truth: SuitTruthWriter;
  createLink: (events: LinkEvents) => FrameSink;
  startDetail?: Record<string, unknown>;
}

interface Streaming {
  session: number;
  playback: SuitSessionPlayback;
  firstSampleWallMs: number;
  counterAtStart: number;
  delivery: SessionDelivery;
}

export class SuitEmulator {
  readonly rateHz: number;
  readonly channels: number;
  private readonly frameInstants: number;
  private readonly stream: SensorFrameStream;
  private readonly link: FrameSink;
  private readonly batteryStartPct: number;
  private phase: "waiting" | "idle" | "streaming" | "done" = "waiting";
  private powerUpMs = 0;
  private nextSessionAtMs = Number.POSITIVE_INFINITY;
  private nextStatusAtMs = Number.POSITIVE_INFINITY;
  private sessionsStarted = 0;
  private assistedMs = 0;
  private assistLevel = 0;
  private current: Streaming | null = null;
  private lastStatusKey = "";

  constructor(private readonly options: SuitEmulatorOptions) {
    const first = drawSuitSession(options.seed, options.session);
    this.rateHz = first.sampleRateHz;
    this.channels = first.channels.length;
    this.frameInstants = instantsPerFrame(this.channels);
    this.batteryStartPct = 100 - (Math.abs(options.seed) % 8);
    this.stream = new SensorFrameStream({
      corruptFrameRate: options.corruptFrameRate,
      rng: Rng.fromSeed(options.seed, 7),
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

  /** Wall time of the next thing to do: a frame, a status or a session start. */
  get nextReadingMs(): number {
    const frame = this.current?.playback.peek();
    const frameDue =
      this.current && frame
        ? this.sampleWallMs(this.current, frame.fromSample + frame.instants - 1)
        : Infinity;
    const sessionDue = this.phase === "idle" ? this.nextSessionAtMs : Number.POSITIVE_INFINITY;
    return Math.min(frameDue, sessionDue, this.nextStatusAtMs);
  }

  start(): void {
    this.powerUpMs = this.options.nowMs();
    this.options.truth.event({
      type: "start",
      wallMs: this.powerUpMs,
      sensorId: this.options.sensorId,
      seed: this.options.seed,
      sampleRateHz: this.rateHz,
      channels: this.channels,
      counterStart: this.options.counterStart,
      ...this.options.startDetail,
    });
    this.link.start();
  }

  emitDueReadings(): void {
    const now = this.options.nowMs();
    if (this.phase === "idle" && now >= this.nextSessionAtMs) this.startSession(now);
    if (this.current) this.sendDueFrames(this.current, now);
    if (now >= this.nextStatusAtMs) this.sendStatus(now);
  }

  sendHello(): void {
    const payload = encodeHello({
      kindCode: SensorKindCode.suit,
      firmware: SUIT_FIRMWARE,
      sensorId: this.options.sensorId,
    });
    this.transmit(FrameType.hello, payload);
  }

  flush(): void {
    this.options.truth.flush();
  }

  async stop(): Promise<void> {
    const padding = this.stream.closingPadding();
    if (padding.length > 0) this.link.write(padding);
    this.options.truth.event({
      type: "stop",
      wallMs: this.options.nowMs(),
      frames: this.stream.framesNumbered,
    });
    await this.link.close();
    this.options.truth.close();
  }

  private sampleWallMs(streaming: Streaming, sample: number): number {
    return streaming.firstSampleWallMs + (sample * 1000) / this.rateHz;
  }

  private startSession(now: number): void {
    const session = ++this.sessionsStarted;
    const scenario = drawSuitSession(this.options.seed + session - 1, {
      ...this.options.session,
      channelCount: this.channels,
      sampleRateHz: this.rateHz,
    });
    // Sessions start on an instant of the free-running counter.
    const instant = Math.ceil(((now - this.powerUpMs) * this.rateHz) / 1000);
    this.assistLevel = Rng.fromSeed(scenario.seed).fork("assist-level").int(2, 8);
    const streaming: Streaming = {
      session,
      playback: new SuitSessionPlayback(scenario, this.frameInstants),
      firstSampleWallMs: this.powerUpMs + (instant * 1000) / this.rateHz,
      counterAtStart: this.options.counterStart + instant,
      delivery: new SessionDelivery(),
    };
    this.current = streaming;
    this.phase = "streaming";
    this.options.truth.event({
      type: "session_start",
      wallMs: now,
      session,
      seed: scenario.seed,
      firstSampleWallMs: streaming.firstSampleWallMs,
      counterAtStart: streaming.counterAtStart % 2 ** 32,
      assistLevel: this.assistLevel,
      mode: MODE.assist,
      truth: streaming.playback.truth,
    });
    this.sendStatus(now);
  }

  private sendDueFrames(streaming: Streaming, now: number): void {
    for (let sent = 0; sent < MAX_FRAMES_PER_CALL; sent++) {
      const next = streaming.playback.peek();
      if (!next) {
        this.endSession(streaming, now);
        return;
      }
      if (this.sampleWallMs(streaming, next.fromSample + next.instants - 1) > now) return;
      const frame = streaming.playback.take();
      if (frame) this.sendSamples(streaming, frame);
    }
  }

  private sendSamples(streaming: Streaming, frame: FrameSamples): void {
    const counter = streaming.counterAtStart + frame.fromSample;
    const payload = sampleBlockPayload(frame.counts, this.channels, 0, frame.instants, counter, this.rateHz);
    const { sent, damaged } = this.transmit(FrameType.sampleBlock, payload);
    this.recordNotSent(streaming, streaming.delivery.record(frame, sent, damaged));
  }

  private recordNotSent(streaming: Streaming, run: NotSentRun | null): void {
    if (!run) return;
    this.options.truth.event({
      type: "not_sent",
      wallMs: this.options.nowMs(),
      session: streaming.session,
      ...run,
    });
  }

  private endSession(streaming: Streaming, now: number): void {
    this.recordNotSent(streaming, streaming.delivery.closeRun());
    const { delivery } = streaming;
    const samples = Math.round((streaming.playback.scenario.durationMs * this.rateHz) / 1000);
    this.options.truth.event({
      type: "session_end",
      wallMs: now,
      session: streaming.session,
      samples,
      samplesSent: delivery.samplesSent,
      framesSent: delivery.framesSent,
      framesNotSent: delivery.framesNotSent,
      framesCorrupted: delivery.framesCorrupted,
    });
    this.assistedMs += streaming.playback.scenario.durationMs;
    this.current = null;
    const more = this.options.sessions === 0 || this.sessionsStarted < this.options.sessions;
    this.phase = more ? "idle" : "done";
    this.nextSessionAtMs = more ? now + this.options.restS * 1000 : Number.POSITIVE_INFINITY;
    this.sendStatus(now);
  }

  private sendStatus(now: number): void {
    const assisting = this.phase === "streaming";
    const progressMs = this.current ? now - this.current.firstSampleWallMs : 0;
    const batteryPct = Math.max(
      5,
      this.batteryStartPct - Math.floor((this.assistedMs + progressMs) / MS_PER_BATTERY_PCT),
    );
    const status = {
      assistLevel: this.assistLevel,
      mode: assisting ? MODE.assist : MODE.standby,
      batteryPct,
      assisting,
    };
    const { sent } = this.transmit(FrameType.suitStatus, encodeSuitStatus(status));
    this.nextStatusAtMs = now + STATUS_INTERVAL_MS;
    const key = `${assisting}/${status.assistLevel}/${batteryPct}`;
    if (key === this.lastStatusKey) return;
    this.lastStatusKey = key;
    this.options.truth.event({
      type: "status",
      wallMs: now,
      assisting,
      assistLevel: status.assistLevel,
      batteryPct,
      sent,
    });
  }

  private transmit(type: number, payload: Uint8Array): { sent: boolean; damaged: boolean } {
    const { frame, sent } = sendFrame(this.stream, this.link, type, payload);
    return { sent, damaged: sent && frame.damaged };
  }

  private linkOpened(): void {
    const now = this.options.nowMs();
    this.options.truth.event({ type: "link_open", wallMs: now });
    if (this.phase === "waiting") {
      this.phase = "idle";
      this.nextSessionAtMs = now + this.options.startDelayS * 1000;
    }
    // A suit announces itself and its state whenever the line comes (back) up.
    this.sendHello();
    this.sendStatus(now);
  }

  private linkClosed(reason: string): void {
    this.stream.resetLine();
    this.options.truth.event({ type: "link_closed", wallMs: this.options.nowMs(), reason });
  }
}
