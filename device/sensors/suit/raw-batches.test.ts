import { describe, expect, it } from "vitest";
import type { SampleBlock } from "../../../proto/index.ts";
import { CollectingJournal } from "../../publish/collecting-journal.ts";
import { RawSampleBatcher } from "./raw-batches.ts";

const settings = { rawBatchMs: 10, uvPerCount: 0.5, channelNames: ["a"] };
const block = (firstSample: number): SampleBlock => ({
  firstSample,
  rateHz: 1000,
  channels: 1,
  values: Int16Array.from({ length: 10 }, (_, i) => firstSample + i),
});
const starts = (out: ReturnType<RawSampleBatcher["add"]>) =>
  out.flatMap((p) => ("samples" in p ? [Number(p.samples.startTimeUs) / 1000] : []));

describe("raw sample batches", () => {
  it("continues the sample grid when the clock estimate moves back, so batches never overlap", () => {
    const batcher = new RawSampleBatcher("s");
    // The second block is mapped 1.5 ms earlier (a better clock offset), the fourth follows a loss.
    const out = [
      ...batcher.add(block(0), 0, 1000, 0, settings),
      ...batcher.add(block(10), 10, 1008.5, 0, settings),
      ...batcher.add(block(30), 30, 1028.5, 10, settings),
    ];
    expect(starts(out)).toEqual([1000, 1010, 1028.5]);
  });

  it("never starts a batch after a discontinuity before the previous one ended", () => {
    const batcher = new RawSampleBatcher("s");
    const out = [
      ...batcher.add(block(0), 0, 1000, 0, settings),
      ...batcher.add(block(15), 15, 1005, 5, settings),
    ];
    expect(starts(out)).toEqual([1000, 1010]);
    expect(out.map((p) => ("samples" in p ? p.samples.gapBefore : -1))).toEqual([0, 5]);
  });

  it("journals each block where it sits, so an open batch's blocks join into the batch it becomes", () => {
    const journal = new CollectingJournal();
    const batcher = new RawSampleBatcher("s", journal);
    const wide = { ...settings, rawBatchMs: 30 };
    batcher.add(block(0), 0, 1000.4, 5, wide);
    batcher.add(block(10), 10, 1010.9, 0, wide);
    const [published] = batcher
      .add(block(20), 20, 1020.2, 0, wide)
      .flatMap((p) => ("samples" in p ? [p.samples] : []));
    expect(journal.seals).toBe(1);
    expect(journal.joined()).toEqual([
      expect.objectContaining({
        startTimeUs: Number(published?.startTimeUs),
        samplePeriodUs: published?.samplePeriodUs,
        gapBefore: 5,
        values: published?.values,
      }),
    ]);
  });
});
