// Raw EMG as SampleBatches: contiguous blocks are joined until a batch holds `rawBatchMs` of signal, then
// published with a fixed sample period. A batch that continues the previous one starts exactly where its
// sample grid ends: the sensor clock's offset estimate still improves by a millisecond or so now and then,
// and re-reading it would make two batches overlap, and InfluxDB would overwrite the samples that share a
// timestamp. Only a discontinuity (lost samples, a pause between sessions, a new rate) takes its start
// from the sensor clock again, never before the previous batch's end; a loss is marked (gap_before =
// sample instants lost), never bridged.
import { care, type SampleBlock } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { encodeFragment } from "../../publish/batch-fragments.ts";
import type { OpenBatchJournal } from "../../publish/open-batch-journal.ts";

export interface RawBatchSettings {
  rawBatchMs: number;
  uvPerCount: number;
  channelNames: readonly string[];
}

interface PendingBatch {
  startWallMs: number;
  firstIndex: number;
  nextIndex: number;
  rateHz: number;
  channels: number;
  chunks: Int16Array[];
  instants: number;
  gapBefore: number;
}

export const RAW_STREAM = "suit_emg";

export class RawSampleBatcher {
  private pending: PendingBatch | null = null;
  /** Index and wall time right after the last sample published (or pending): where a contiguous batch goes on. */
  private end: { index: number; wallMs: number } | null = null;

  constructor(
    private readonly sensorId: string,
    /** Keeps the open batch's blocks against a crash (device/publish/open-batch-journal.ts). */
    private readonly journal?: OpenBatchJournal,
  ) {}

  /**
   * Adds a block whose first sample has unwrapped index `firstIndex` and wall time `startWallMs`;
   * `lostBefore` sample instants are known lost right before it. Returns the batches completed.
   */
  add(
    block: SampleBlock,
    firstIndex: number,
    startWallMs: number,
    lostBefore: number,
    settings: RawBatchSettings,
  ): OutgoingPayload[] {
    const out: OutgoingPayload[] = [];
    const pending = this.pending;
    const joins =
      pending !== null &&
      pending.nextIndex === firstIndex &&
      pending.rateHz === block.rateHz &&
      pending.channels === block.channels;
    if (pending && !joins) out.push(...this.flush(settings));
    const instants = block.values.length / block.channels;
    this.pending ??= {
      startWallMs: this.startOf(firstIndex, startWallMs),
      firstIndex,
      nextIndex: firstIndex,
      rateHz: block.rateHz,
      channels: block.channels,
      chunks: [],
      instants: 0,
      gapBefore: lostBefore,
    };
    const batch = this.pending;
    if (this.journal) {
      const part = {
        chunks: [block.values],
        instants,
        firstIndex,
        gapBefore: batch.instants === 0 ? batch.gapBefore : 0,
      };
      this.journal.add(encodeFragment(this.samplesOf({ ...batch, ...part }, settings, batch.instants)));
    }
    batch.chunks.push(block.values);
    batch.instants += instants;
    batch.nextIndex = firstIndex + instants;
    this.end = {
      index: batch.nextIndex,
      wallMs: batch.startWallMs + ((batch.nextIndex - batch.firstIndex) * 1000) / batch.rateHz,
    };
    if (batch.instants >= Math.ceil((settings.rawBatchMs * batch.rateHz) / 1000))
      out.push(...this.flush(settings));
    return out;
  }

  private startOf(firstIndex: number, mappedWallMs: number): number {
    const end = this.end;
    if (end === null) return mappedWallMs;
    return end.index === firstIndex ? end.wallMs : Math.max(mappedWallMs, end.wallMs);
  }

  flush(settings: RawBatchSettings): OutgoingPayload[] {
    const batch = this.pending;
    this.pending = null;
    if (!batch) return [];
    this.journal?.sealed();
    return [{ samples: this.samplesOf(batch, settings) }];
  }

  /** A pending batch as a SampleBatch; or one block of it, `instantsBefore` instants into its batch. */
  private samplesOf(
    batch: PendingBatch,
    settings: RawBatchSettings,
    instantsBefore = 0,
  ): care.v1.SampleBatch.$Properties {
    const values: number[] = [];
    for (const chunk of batch.chunks) for (const value of chunk) values.push(value);
    // Whole µs on the wire: exact at 1000 and 2000 Hz; at 1200 or 1500 Hz the rounding drifts by at most
    // 0.5 µs per sample within one batch (≤ 0.15 ms over 250 ms); each batch restarts on the exact grid.
    const samplePeriodUs = Math.round(1e6 / batch.rateHz);
    return {
      sensorId: this.sensorId,
      sensorKind: care.v1.SensorKind.SENSOR_KIND_SUIT,
      stream: RAW_STREAM,
      channelNames: Array.from(
        { length: batch.channels },
        (_, c) => settings.channelNames[c] ?? `ch${c + 1}`,
      ),
      values,
      scale: settings.uvPerCount,
      unit: "uV",
      startTimeUs: Math.round(batch.startWallMs * 1000) + instantsBefore * samplePeriodUs,
      samplePeriodUs,
      // The sample counter (uint32 on the wire), so stored samples carry their index as sensor_seq.
      firstSensorSeq: batch.firstIndex % 2 ** 32,
      gapBefore: batch.gapBefore,
    };
  }
}
