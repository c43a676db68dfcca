// Pieces of a sample batch (one reading or one sample block each, as the open-batch journal keeps
// them) and how they join back into whole batches. A fragment is a SampleBatch placed exactly where
// its samples sit in the batch (start time, sensor seq), so the joined batch stores the same points,
// with the same times, as the batch the agent would have published.
import { care } from "../../proto/index.ts";
import type { JournalCounters } from "./open-batch-journal.ts";

type Batch = care.v1.SampleBatch.$Properties;

export function encodeFragment(batch: Batch): Uint8Array {
  return care.v1.SampleBatch.encode(batch).finish();
}

/** Fragments that decode, in order; the count of those that do not. */
export function decodeFragments(fragments: readonly Uint8Array[]): { batches: Batch[]; undecodable: number } {
  const batches: Batch[] = [];
  let undecodable = 0;
  for (const bytes of fragments) {
    try {
      batches.push(care.v1.SampleBatch.toObject(care.v1.SampleBatch.decode(bytes), { longs: Number }));
    } catch {
      undecodable++;
    }
  }
  return { batches, undecodable };
}

const instantsOf = (batch: Batch): number => {
  const channels = batch.channelNames?.length ?? 0;
  return channels === 0 ? 0 : (batch.values?.length ?? 0) / channels;
};

/** Each instant's time in µs. */
const timesOf = (batch: Batch): number[] => {
  const start = Number(batch.startTimeUs ?? 0);
  const offsets = batch.sampleOffsetsUs ?? [];
  const period = batch.samplePeriodUs ?? 0;
  return Array.from(
    { length: instantsOf(batch) },
    (_, i) => start + (offsets.length ? (offsets[i] ?? 0) : i * period),
  );
};

const sameShape = (a: Batch, b: Batch): boolean =>
  a.sensorId === b.sensorId &&
  a.sensorKind === b.sensorKind &&
  a.stream === b.stream &&
  a.unit === b.unit &&
  (a.scale ?? 0) === (b.scale ?? 0) &&
  (a.offset ?? 0) === (b.offset ?? 0) &&
  (a.samplePeriodUs ?? 0) === (b.samplePeriodUs ?? 0) &&
  JSON.stringify([a.channelNames, a.channelScales, a.channelUnits]) ===
    JSON.stringify([b.channelNames, b.channelScales, b.channelUnits]);

interface Run {
  head: Batch;
  values: number[];
  times: number[];
  nextSeq: number;
}

/** Joins consecutive fragments that continue each other (same shape, next sensor seq, later time, no gap). */
export function joinFragments(fragments: readonly Batch[]): Batch[] {
  const runs: Run[] = [];
  for (const fragment of fragments) {
    const times = timesOf(fragment);
    const firstSeq = fragment.firstSensorSeq ?? 0;
    const run = runs.at(-1);
    const continues =
      run !== undefined &&
      sameShape(run.head, fragment) &&
      (fragment.gapBefore ?? 0) === 0 &&
      firstSeq === run.nextSeq &&
      (times[0] ?? 0) > (run.times.at(-1) ?? 0);
    if (run && continues) {
      run.values.push(...(fragment.values ?? []));
      run.times.push(...times);
      run.nextSeq = firstSeq + times.length;
    } else {
      runs.push({
        head: fragment,
        values: [...(fragment.values ?? [])],
        times,
        nextSeq: firstSeq + times.length,
      });
    }
  }
  return runs.map(batchOfRun);
}

function batchOfRun(run: Run): Batch {
  const start = run.times[0] ?? 0;
  const period = run.head.samplePeriodUs ?? 0;
  const onGrid = period > 0 && run.times.every((t, i) => t === start + i * period);
  const { sampleOffsetsUs: _offsets, samplePeriodUs: _period, ...shape } = run.head;
  return {
    ...shape,
    values: run.values,
    startTimeUs: start,
    ...(onGrid ? { samplePeriodUs: period } : { sampleOffsetsUs: run.times.map((t) => t - start) }),
  };
}

/** The open batch a journal kept from a pipeline that ended without sealing it, as whole batches (counted). */
export function leftoverBatches(
  journal: { takeLeftover(): Uint8Array[] },
  counters: JournalCounters,
): Batch[] {
  const { batches, undecodable } = decodeFragments(journal.takeLeftover());
  if (undecodable > 0) counters.increment("journal_undecodable", undecodable);
  // The journal's two files hold one batch each, in either order.
  const byTime = [...batches].sort((a, b) => Number(a.startTimeUs ?? 0) - Number(b.startTimeUs ?? 0));
  const joined = joinFragments(byTime);
  const instants = joined.reduce((sum, batch) => sum + instantsOf(batch), 0);
  if (instants > 0) counters.increment("readings_recovered", instants);
  return joined;
}
