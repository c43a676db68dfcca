import { describe, expect, it } from "vitest";
import { decodeSampleBlock, FrameAssembler } from "../../proto/index.ts";
import { AnalogInstantAssembler, instantsPerBlock, SampleBlockFramer } from "./firmata-instants.ts";

describe("analog reports to sample instants", () => {
  it("waits until every channel reported once, then completes one instant per round", () => {
    const instants = new AnalogInstantAssembler([0, 2]);
    expect(instants.add(0, 100)).toEqual([]);
    expect(instants.add(0, 101)).toEqual([]);
    expect(instants.add(2, 500)).toEqual([[101, 500]]);
    expect(instants.add(1, 7)).toEqual([]);
    expect(instants.add(0, 102)).toEqual([]);
    expect(instants.add(2, 501)).toEqual([[102, 501]]);
  });

  it("gives up a round whose report was lost instead of holding a value from before", () => {
    const instants = new AnalogInstantAssembler([0, 1]);
    instants.add(0, 10);
    expect(instants.add(1, 20)).toEqual([[10, 20]]);
    instants.add(0, 11);
    // The report of channel 1 for this round never came.
    expect(instants.add(0, 12)).toEqual([null]);
    expect(instants.add(1, 21)).toEqual([[12, 21]]);
  });
});

describe("sample-block framer", () => {
  it("frames about 0.1 s per block with a running counter, and restarts the counter per connection", () => {
    expect(instantsPerBlock(2, 100)).toBe(10);
    expect(instantsPerBlock(4, 1000)).toBe(30);
    const framer = new SampleBlockFramer(2, 100);
    const frames: Uint8Array[] = [];
    for (let i = 0; i < 25; i++) {
      const frame = framer.add([i, 1000 + i]);
      if (frame) frames.push(frame);
    }
    const partial = framer.flush();
    if (partial) frames.push(partial);
    framer.restartCounter();
    frames.push(framer.add([0, 0]) ?? new Uint8Array(), framer.flush() ?? new Uint8Array());
    const decoded = new FrameAssembler().push(Uint8Array.from(frames.flatMap((f) => [...f])));
    const blocks = decoded.map((item) => (item.ok ? decodeSampleBlock(item.value.payload) : item));
    expect(decoded.map((item) => (item.ok ? item.value.seq : -1))).toEqual([0, 1, 2, 3]);
    expect(blocks.map((b) => (b.ok ? [b.value.firstSample, b.value.values.length / 2] : null))).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
      [0, 1],
    ]);
    const second = blocks[1];
    expect(second?.ok && [...second.value.values.slice(0, 2)]).toEqual([10, 1010]);
  });
});

describe("a lost instant", () => {
  it("ends the block and leaves a gap of one in the sample counter", () => {
    const framer = new SampleBlockFramer(1, 100);
    framer.add([1]);
    framer.add([2]);
    const before = framer.skip();
    framer.add([4]);
    const after = framer.flush();
    const blocks = [before, after].map((frame) => {
      const [item] = new FrameAssembler().push(frame ?? new Uint8Array());
      return item?.ok ? decodeSampleBlock(item.value.payload) : null;
    });
    expect(blocks.map((b) => (b?.ok ? [b.value.firstSample, [...b.value.values]] : null))).toEqual([
      [0, [1, 2]],
      [3, [4]],
    ]);
  });
});
