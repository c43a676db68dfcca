// Keeps every envelope under the broker's packet limit. An envelope above MAX_ENVELOPE_BYTES would be
// refused by the broker (disconnect, reason 149) on every retry and jam the outbox, so a sample batch
// that is too large is split by sample instant into halves until each fits; anything that cannot be
// split (a single instant, or another payload kind) comes back as oversized, to be dead-lettered.
import type { care } from "../../proto/index.ts";
import type { SendablePayload } from "./envelope-factory.ts";

type SampleBatch = care.v1.SampleBatch.$Properties;

/** Splits a batch at sample instant `at`; the second half keeps its times and sensor seq. */
export function splitSampleBatch(batch: SampleBatch, at: number): [SampleBatch, SampleBatch] {
  const channels = batch.channelNames?.length ?? 0;
  const values = batch.values ?? [];
  const offsets = batch.sampleOffsetsUs ?? [];
  const period = batch.samplePeriodUs ?? 0;
  const startUs = Number(batch.startTimeUs ?? 0);
  const shiftUs = offsets.length > 0 ? (offsets[at] ?? 0) : at * period;
  const head: SampleBatch = {
    ...batch,
    values: values.slice(0, at * channels),
    ...(offsets.length > 0 && { sampleOffsetsUs: offsets.slice(0, at) }),
  };
  const tail: SampleBatch = {
    ...batch,
    values: values.slice(at * channels),
    startTimeUs: startUs + shiftUs,
    ...(offsets.length > 0 && { sampleOffsetsUs: offsets.slice(at).map((offset) => offset - shiftUs) }),
    firstSensorSeq: (batch.firstSensorSeq ?? 0) + at,
    gapBefore: 0,
  };
  return [head, tail];
}

function instantsOf(batch: SampleBatch): number {
  const channels = batch.channelNames?.length ?? 0;
  return channels === 0 ? 0 : Math.floor((batch.values?.length ?? 0) / channels);
}

/** The payload as pieces that each encode to at most `limit` bytes, in order, plus what cannot fit. */
export function fitPayload(
  payload: SendablePayload,
  encodedSize: (payload: SendablePayload) => number,
  limit: number,
): { pieces: SendablePayload[]; oversized: SendablePayload[] } {
  const pieces: SendablePayload[] = [];
  const oversized: SendablePayload[] = [];
  const place = (piece: SendablePayload): void => {
    if (encodedSize(piece) <= limit) {
      pieces.push(piece);
      return;
    }
    const instants = "samples" in piece ? instantsOf(piece.samples) : 0;
    if (!("samples" in piece) || instants < 2) {
      oversized.push(piece);
      return;
    }
    const [head, tail] = splitSampleBatch(piece.samples, Math.floor(instants / 2));
    place({ samples: head });
    place({ samples: tail });
  };
  place(payload);
  return { pieces, oversized };
}
