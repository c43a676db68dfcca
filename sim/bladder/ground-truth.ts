// Ground-truth records of one simulated sensor: the row format of <sensorId>.readings.csv and the
// event lines of <sensorId>.events.jsonl. Pure formatting; ground-truth-writer.ts does the I/O.
import type { BladderModelEvent, BladderReading } from "./bladder-sensor-model.ts";
import type { Corruption } from "./frame-corruption.ts";
import type { OutgoingFrame } from "./sensor-frame-stream.ts";

export const READINGS_CSV_HEADER =
  "sensor_seq_total,frame_seq,sim_time_ms,ticks_ms,volume_ml,anterior_mm,posterior_mm,strength,detached,sent,corrupted,moving,posture,contact";

export interface ReadingRecord {
  /** Readings generated since start, 0-based, never wraps. */
  sensorSeqTotal: number;
  frameSeq: number;
  reading: BladderReading;
  /** Handed to an open port (a closed or congested port drops the frame). */
  sent: boolean;
  /** The frame went out damaged (bit flips or truncation), so no receiver can decode it. */
  corrupted: boolean;
}

export function readingCsvRow(record: ReadingRecord): string {
  const r = record.reading;
  return [
    record.sensorSeqTotal,
    record.frameSeq,
    r.simTimeMs,
    r.ticksMs,
    r.volumeMl.toFixed(1),
    r.anteriorMm.toFixed(1),
    r.posteriorMm.toFixed(1),
    r.strength,
    r.detached,
    record.sent,
    record.corrupted,
    r.moving ? 1 : 0,
    r.posture,
    r.contact,
  ].join(",");
}

export type CorruptionRecord = {
  type: "corruption";
  simTimeMs: number;
  kind: Corruption["kind"];
  /** Seq of the damaged frame, or of the frame the noise precedes; null for closing padding. */
  frameSeq: number | null;
  frameSeqTotal: number | null;
  frameType: number | null;
  frameBytes?: number;
  keptBytes?: number;
  flippedBits?: number[];
  noiseBytes?: number;
  /** Noise put after a truncated frame so that no receiver can mistake it for a whole one. */
  separator?: boolean;
  /** Noise written at shutdown so a receiver can reject a truncated last frame. */
  closing?: boolean;
};

export type GroundTruthEvent =
  | BladderModelEvent
  | CorruptionRecord
  | { type: "start"; simTimeMs: number; [detail: string]: unknown }
  | { type: "stop"; simTimeMs: number; readings: number; frames: number }
  | {
      type: "hello";
      simTimeMs: number;
      frameSeq: number;
      frameSeqTotal: number;
      sent: boolean;
      corrupted: boolean;
    }
  | { type: "port_open"; simTimeMs: number }
  | { type: "port_closed"; simTimeMs: number; reason: string };

/** The faults that went out with one frame, in line order: separator noise first, then its own. */
export function corruptionRecords(frame: OutgoingFrame, simTimeMs: number): CorruptionRecord[] {
  const base = {
    type: "corruption" as const,
    simTimeMs,
    frameSeq: frame.seq,
    frameSeqTotal: frame.seqTotal,
    frameType: frame.type,
  };
  const records: CorruptionRecord[] = [];
  if (frame.separatorBytes > 0) {
    records.push({ ...base, kind: "noise", noiseBytes: frame.separatorBytes, separator: true });
  }
  const corruption = frame.corruption;
  if (corruption === null) return records;
  switch (corruption.kind) {
    case "bit_flip":
      records.push({
        ...base,
        kind: "bit_flip",
        frameBytes: corruption.frameBytes,
        flippedBits: corruption.flippedBits,
      });
      break;
    case "truncated":
      records.push({
        ...base,
        kind: "truncated",
        frameBytes: corruption.frameBytes,
        keptBytes: corruption.keptBytes,
      });
      break;
    case "noise":
      records.push({ ...base, kind: "noise", noiseBytes: corruption.noiseBytes });
      break;
  }
  return records;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** One JSON line; volumes rounded to 0.1 mL like the CSV. */
export function eventJsonLine(event: GroundTruthEvent): string {
  if (event.type === "void") {
    return JSON.stringify({
      ...event,
      volumeBeforeMl: round1(event.volumeBeforeMl),
      volumeAfterMl: round1(event.volumeAfterMl),
    });
  }
  return JSON.stringify(event);
}
