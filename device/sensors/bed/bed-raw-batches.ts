// Raw bed load as SampleBatches: contiguous blocks are joined until a batch holds `rawBatchS` of signal,
// then published with a fixed sample period, one value per channel per instant. Within a stream the
// sample times stay locked to the sample counter, so consecutive batches neither drift apart nor overlap
// as the clock mapping improves; a batch starts again from the mapped time only after lost samples or a
// restart, or when the mapping moved ahead by more than `followMs` (the sensor clock re-anchored).
// Times never go back: storage identifies a sample by its time, so two samples must never share one.
import { care, type SampleBlock } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { encodeFragment } from "../../publish/batch-fragments.ts";
import type { OpenBatchJournal } from "../../publish/open-batch-journal.ts";
import { instantsOf, periodUs } from "./bed-block.ts";
import type { SampleIndexStep } from "./sample-index.ts";

export const BED_RAW_STREAM = "bed_load";

export interface RawScale {
  /** kg per count (value_in_kg = count × scale). */
  scale: number;
  rawBatchS: number;
}

interface PendingBatch {
  startUs: number;
  firstIndex: number;
  nextIndex: number;
  rateHz: number;
  channels: number;
  chunks: Int16Array[];
  instants: number;
  gapBefore: number;
}

/** A mapped time ahead of the sample-locked one by more than this is followed (a re-anchor, not jitter). */
const FOLLOW_MS = 1000;

export function bedChannelNames(channels: number): string[] {
  return Array.from({ length: channels }, (_, c) => `load_${c + 1}`);
}

export class BedRawBatcher {
  private pending: PendingBatch | null = null;
  /** Time (µs) and index of the next instant after the last one published, when contiguous. */
  private next: { us: number; index: number; rateHz: number } | null = null;

  constructor(
    private readonly sensorId: string,
    private readonly scale: RawScale,
    /** Keeps the open batch's blocks against a crash (device/publish/open-batch-journal.ts). */
    private readonly journal?: OpenBatchJournal,
  ) {}

  /** Adds a block whose last instant was stamped `lastInstantMs`; returns the batches completed. */
  add(block: SampleBlock, step: SampleIndexStep, lastInstantMs: number): OutgoingPayload[] {
    const out: OutgoingPayload[] = [];
    const instants = instantsOf(block);
    const mappedFirstUs = Math.round(lastInstantMs * 1000 - (instants - 1) * periodUs(block));
    const pending = this.pending;
    const joins =
      pending !== null &&
      pending.nextIndex === step.firstIndex &&
      pending.rateHz === block.rateHz &&
      pending.channels === block.channels &&
      !step.restarted;
    if (pending && !joins) out.push(...this.flush());
    const startUs = this.startOf(block, step, mappedFirstUs);
    this.pending ??= {
      startUs,
      firstIndex: step.firstIndex,
      nextIndex: step.firstIndex,
      rateHz: block.rateHz,
      channels: block.channels,
      chunks: [],
      instants: 0,
      gapBefore: step.lostBefore,
    };
    const batch = this.pending;
    this.journal?.add(
      encodeFragment(
        this.samplesOf({
          ...batch,
          startUs: batch.startUs + batch.instants * periodUs(block),
          firstIndex: step.firstIndex,
          chunks: [block.values],
          instants,
          gapBefore: batch.instants === 0 ? batch.gapBefore : 0,
        }),
      ),
    );
    batch.chunks.push(block.values);
    batch.instants += instants;
    batch.nextIndex = step.firstIndex + instants;
    this.next = {
      us: batch.startUs + batch.instants * periodUs(block),
      index: batch.nextIndex,
      rateHz: block.rateHz,
    };
    if (batch.instants >= Math.ceil(this.scale.rawBatchS * batch.rateHz)) out.push(...this.flush());
    return out;
  }

  flush(): OutgoingPayload[] {
    const batch = this.pending;
    this.pending = null;
    if (!batch) return [];
    this.journal?.sealed();
    return [{ samples: this.samplesOf(batch) }];
  }

  /** A pending batch (or one block of it, placed where it sits) as a SampleBatch. */
  private samplesOf(batch: PendingBatch): care.v1.SampleBatch.$Properties {
    const values: number[] = new Array(batch.instants * batch.channels);
    let at = 0;
    for (const chunk of batch.chunks) for (const value of chunk) values[at++] = value;
    return {
      sensorId: this.sensorId,
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BED,
      stream: BED_RAW_STREAM,
      channelNames: bedChannelNames(batch.channels),
      values,
      scale: this.scale.scale,
      unit: "kg",
      startTimeUs: batch.startUs,
      samplePeriodUs: periodUs(batch),
      // The sample counter (uint32 on the wire), so stored samples carry their index as sensor_seq.
      firstSensorSeq: batch.firstIndex % 2 ** 32,
      gapBefore: batch.gapBefore,
    };
  }

  /** Where a new batch starts: sample-locked when it continues the last one, else mapped (never earlier). */
  private startOf(block: SampleBlock, step: SampleIndexStep, mappedFirstUs: number): number {
    const pending = this.pending;
    if (pending) return pending.startUs;
    const next = this.next;
    if (next === null) return mappedFirstUs;
    const contiguous = !step.restarted && next.index === step.firstIndex && next.rateHz === block.rateHz;
    if (contiguous && mappedFirstUs - next.us <= FOLLOW_MS * 1000) return next.us;
    return Math.max(mappedFirstUs, next.us);
  }
}
