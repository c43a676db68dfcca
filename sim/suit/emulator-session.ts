// Plays one drawn suit session back frame by frame: renders it block by block (never the whole session at
// once) and slices the blocks into frame-sized runs of sample instants. Pure apart from the generator state.
import { generateSuitSession, type SuitSampleBlock } from "./generator.ts";
import { type SuitGroundTruth, suitGroundTruth } from "./ground-truth.ts";
import type { SuitScenario } from "./scenario.ts";

export interface FrameSamples {
  /** Session sample index of the first instant. */
  fromSample: number;
  instants: number;
  /** Interleaved counts of these instants. */
  counts: Int16Array;
}

/** Render blocks of about 100 ms holding a whole number of frames, so every frame but the last is full. */
function renderBlockMs(rateHz: number, frameInstants: number): number {
  const framesPerBlock = Math.max(1, Math.round((0.1 * rateHz) / frameInstants));
  return (framesPerBlock * frameInstants * 1000) / rateHz;
}

export class SuitSessionPlayback {
  readonly truth: SuitGroundTruth;
  private readonly blocks: Generator<SuitSampleBlock>;
  private current: SuitSampleBlock | null = null;
  /** Instants of `current` already handed out. */
  private used = 0;
  private finished = false;

  constructor(
    readonly scenario: SuitScenario,
    private readonly frameInstants: number,
  ) {
    this.truth = suitGroundTruth(scenario);
    this.blocks = generateSuitSession(scenario, {
      blockMs: renderBlockMs(scenario.sampleRateHz, frameInstants),
    });
  }

  /** The next frame's position without taking it; null once the session is over. */
  peek(): { fromSample: number; instants: number } | null {
    const block = this.currentBlock();
    if (!block) return null;
    return {
      fromSample: block.startSample + this.used,
      instants: Math.min(this.frameInstants, block.sampleCount - this.used),
    };
  }

  take(): FrameSamples | null {
    const next = this.peek();
    const block = this.current;
    if (!next || !block) return null;
    const channels = block.channelCount;
    const counts = block.counts.subarray(this.used * channels, (this.used + next.instants) * channels);
    this.used += next.instants;
    return { ...next, counts };
  }

  private currentBlock(): SuitSampleBlock | null {
    while (!this.finished && (this.current === null || this.used >= this.current.sampleCount)) {
      const next = this.blocks.next();
      if (next.done) {
        this.finished = true;
        this.current = null;
      } else {
        this.current = next.value;
        this.used = 0;
      }
    }
    return this.current;
  }
}

export interface NotSentRun {
  fromSample: number;
  toSample: number;
  frames: number;
}

/** What became of a session's sample frames on the line: the counts of its "session_end" truth record. */
export class SessionDelivery {
  samplesSent = 0;
  framesSent = 0;
  framesNotSent = 0;
  framesCorrupted = 0;
  private unsent: NotSentRun | null = null;

  /** Records one frame; returns the run of unsent frames this one ended, if any. */
  record(
    frame: { fromSample: number; instants: number },
    sent: boolean,
    damaged: boolean,
  ): NotSentRun | null {
    if (sent) {
      this.framesSent++;
      if (damaged) this.framesCorrupted++;
      else this.samplesSent += frame.instants;
      return this.closeRun();
    }
    this.framesNotSent++;
    this.unsent ??= { fromSample: frame.fromSample, toSample: frame.fromSample, frames: 0 };
    this.unsent.toSample = frame.fromSample + frame.instants;
    this.unsent.frames++;
    return null;
  }

  /** The open run of unsent frames (at session end). */
  closeRun(): NotSentRun | null {
    const run = this.unsent;
    this.unsent = null;
    return run;
  }
}
