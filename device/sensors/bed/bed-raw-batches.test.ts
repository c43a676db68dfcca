import { describe, expect, it } from "vitest";
import type { SampleBlock } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { CollectingJournal } from "../../publish/collecting-journal.ts";
import { BedRawBatcher } from "./bed-raw-batches.ts";

const block = (instants: number): SampleBlock => ({
  firstSample: 0,
  rateHz: 250,
  channels: 1,
  values: new Int16Array(instants),
});

function batches(out: OutgoingPayload[]) {
  return out.flatMap((p) => ("samples" in p ? [p.samples] : []));
}

describe("bed raw batches", () => {
  it("keep sample times locked to the counter when the clock mapping improves", () => {
    const raw = new BedRawBatcher("bed-1", { scale: 0.005, rawBatchS: 0.1 });
    // 25 instants (100 ms) per batch, stamped at their last instant; the second block is stamped 30 ms
    // earlier than the first implies.
    const first = batches(raw.add(block(25), { firstIndex: 0, lostBefore: 0, restarted: false }, 1_096));
    const second = batches(raw.add(block(25), { firstIndex: 25, lostBefore: 0, restarted: false }, 1_166));
    expect(Number(first[0]?.startTimeUs)).toBe(1_000_000);
    expect(Number(second[0]?.startTimeUs)).toBe(1_100_000);
    expect(second[0]?.samplePeriodUs).toBe(4000);
    expect(second[0]?.firstSensorSeq).toBe(25);
  });

  it("follow a mapping that moved ahead, and never go back after a restart", () => {
    const raw = new BedRawBatcher("bed-1", { scale: 0.005, rawBatchS: 0.1 });
    raw.add(block(25), { firstIndex: 0, lostBefore: 0, restarted: false }, 1_096);
    const ahead = batches(raw.add(block(25), { firstIndex: 25, lostBefore: 0, restarted: false }, 3_096));
    expect(Number(ahead[0]?.startTimeUs)).toBe(3_000_000);
    const restarted = batches(raw.add(block(25), { firstIndex: 0, lostBefore: 0, restarted: true }, 2_096));
    expect(Number(restarted[0]?.startTimeUs)).toBe(3_100_000);
  });

  it("join contiguous blocks and mark a loss in the next batch", () => {
    const raw = new BedRawBatcher("bed-1", { scale: 0.005, rawBatchS: 1 });
    expect(raw.add(block(25), { firstIndex: 0, lostBefore: 0, restarted: false }, 1_096)).toEqual([]);
    const out = batches(raw.add(block(25), { firstIndex: 75, lostBefore: 50, restarted: false }, 1_396));
    expect(out).toHaveLength(1);
    expect(out[0]?.values).toHaveLength(25);
    const rest = batches(raw.flush());
    expect(rest[0]?.gapBefore).toBe(50);
    // 50 instants lost after the first block: it starts 100 ms + 200 ms after the first.
    expect(Number(rest[0]?.startTimeUs)).toBe(1_300_000);
  });

  it("journal each block where it sits, so the blocks of an open batch join into the batch it becomes", () => {
    const journal = new CollectingJournal();
    const raw = new BedRawBatcher("bed-1", { scale: 0.005, rawBatchS: 0.3 }, journal);
    const values = (from: number) => Int16Array.from({ length: 25 }, (_, i) => from + i);
    raw.add({ ...block(25), values: values(0) }, { firstIndex: 10, lostBefore: 3, restarted: false }, 1_096);
    raw.add({ ...block(25), values: values(25) }, { firstIndex: 35, lostBefore: 0, restarted: false }, 1_199);
    expect(journal.seals).toBe(0);
    const [published] = batches(raw.flush());
    expect(journal.seals).toBe(1);
    const [joined] = journal.joined();
    expect(joined).toMatchObject({
      startTimeUs: Number(published?.startTimeUs),
      samplePeriodUs: published?.samplePeriodUs,
      firstSensorSeq: published?.firstSensorSeq,
      gapBefore: 3,
      values: published?.values,
    });
  });
});
