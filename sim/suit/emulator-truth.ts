// Ground truth of an emulated suit, one JSON object per line in <dir>/<sensorId>.suit.jsonl: the sessions
// (with the simulator's own activations, movements and electrode-off intervals, in ms from the session's
// first sample, and that sample's wall time), the link's ups and downs, the samples that never left the
// suit, and status changes. Buffered; flushed by the run loop at least every half second.
import { join } from "node:path";
import { LineFile } from "../line-file.ts";
import type { SuitGroundTruth } from "./ground-truth.ts";

export type SuitTruthEvent =
  | { type: "start"; wallMs: number; sensorId: string; seed: number; [detail: string]: unknown }
  | { type: "link_open"; wallMs: number }
  | { type: "link_closed"; wallMs: number; reason: string }
  | {
      type: "session_start";
      wallMs: number;
      session: number;
      seed: number;
      /** Wall time of the session's first sample: truth times are ms after it. */
      firstSampleWallMs: number;
      /** The suit's 32-bit sample counter at the first sample. */
      counterAtStart: number;
      assistLevel: number;
      mode: number;
      truth: SuitGroundTruth;
    }
  | {
      type: "not_sent";
      wallMs: number;
      session: number;
      /** Sample indices (from the session's first sample) [fromSample, toSample) that never reached the line. */
      fromSample: number;
      toSample: number;
      frames: number;
    }
  | {
      type: "status";
      wallMs: number;
      assisting: boolean;
      assistLevel: number;
      batteryPct: number;
      sent: boolean;
    }
  | {
      type: "session_end";
      wallMs: number;
      session: number;
      samples: number;
      samplesSent: number;
      framesSent: number;
      framesNotSent: number;
      framesCorrupted: number;
    }
  | { type: "stop"; wallMs: number; frames: number };

export function suitTruthPath(dir: string, sensorId: string): string {
  return join(dir, `${sensorId}.suit.jsonl`);
}

export class SuitTruthWriter {
  private readonly file: LineFile;

  constructor(dir: string, sensorId: string) {
    this.file = new LineFile(suitTruthPath(dir, sensorId));
  }

  event(event: SuitTruthEvent): void {
    this.file.json(event);
  }

  flush(): void {
    this.file.flush();
  }

  close(): void {
    this.file.close();
  }
}
