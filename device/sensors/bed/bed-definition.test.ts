import { describe, expect, it } from "vitest";
import { encodeSampleBlock, FrameAssembler, FrameType } from "../../../proto/index.ts";
import { createBedTicksReader, decodeBedBlock } from "./bed-block.ts";
import { bedDefinition } from "./bed-definition.ts";
import { parseBedSettings } from "./bed-settings.ts";

// Recorded from the bed emulator (sim/bed/emulator.ts, seed 7, 2 channels at 100 Hz, 10 instants per
// frame, sample counter started at 2^32 − 15): HELLO, then three sample blocks across the counter wrap.
const RECORDED = [
  "a55a080100000200016265642d31b524",
  "a55a30200100f1ffffff6400020ab4082f0dd3083d0dbb08320dc008360dbf08370dbe083c0dc208360dc108360dbf082f0dc608340dda67",
  "a55a30200200fbffffff6400020ac408370dd1083b0dc408370dbf083f0dbe083e0dce08300dbc08350dbe083f0dc308360dc6083b0dd0ca",
  "a55a30200300050000006400020acc08400dc308370dc7083d0dc8083b0dc908430dc2083a0dc108380dcb08350dce08360dc708300dc826",
];

describe("bed sensor definition (golden frames)", () => {
  const items = new FrameAssembler().push(Buffer.from(RECORDED.join(""), "hex"));
  const frames = items.flatMap((item) => (item.ok ? [item.value] : []));

  it("decodes the recorded sample blocks", () => {
    expect(items.every((item) => item.ok)).toBe(true);
    expect(frames.map((f) => f.type)).toEqual([FrameType.hello, ...Array(3).fill(bedDefinition.frameType)]);
    const blocks = frames.slice(1).map((f) => decodeBedBlock(f.payload));
    const first = blocks[0];
    expect(first?.ok && first.value).toMatchObject({ firstSample: 2 ** 32 - 15, rateHz: 100, channels: 2 });
    if (!first?.ok) return;
    expect(first.value.values.length).toBe(20);
    // Load counts of an empty bed: the installation's offsets (1500–4000 counts per channel) plus noise.
    expect(first.value.values[0]).toBe(2228);
    expect(first.value.values[1]).toBe(3375);
  });

  it("stamps each block at its last instant, counting on across the wrap", () => {
    const ticks = createBedTicksReader();
    const times = frames.slice(1).map((f) => {
      const block = decodeBedBlock(f.payload);
      return block.ok ? ticks(block.value) : Number.NaN;
    });
    // 10 ms per instant: consecutive blocks 100 ms apart although the raw counter wrapped in block two
    // (ms ticks wrap at 2^32 themselves; the sensor clock unwraps those).
    const apart = (a = 0, b = 0) => (((b - a) % 2 ** 32) + 2 ** 32) % 2 ** 32;
    expect(apart(times[0], times[1])).toBe(100);
    expect(apart(times[1], times[2])).toBe(100);
    // At 400 Hz (2.5 ms per instant) the raw counter's wrap would shift ms ticks by 2^31 ms; unwrapped it
    // is just the next block.
    const fast = createBedTicksReader();
    const block = (firstSample: number) => ({
      firstSample,
      rateHz: 400,
      channels: 1,
      values: new Int16Array(8),
    });
    expect(apart(fast(block(2 ** 32 - 8)), fast(block(0)))).toBe(20);
  });

  it("rejects blocks the estimators cannot take", () => {
    const block = (rateHz: number, channels: number, count = 4) =>
      encodeSampleBlock({ firstSample: 0, rateHz, channels, values: new Int16Array(channels * count) });
    expect(decodeBedBlock(block(300, 2)).ok).toBe(false);
    expect(decodeBedBlock(block(40, 2)).ok).toBe(false);
    expect(decodeBedBlock(block(250, 5)).ok).toBe(false);
    expect(decodeBedBlock(block(250, 2, 0)).ok).toBe(false);
    expect(decodeBedBlock(block(125, 4)).ok).toBe(true);
  });

  it("validates settings and reports every problem at once", () => {
    expect(parseBedSettings(undefined).ok).toBe(true);
    const parsed = parseBedSettings({ countsPerKg: 0, epochS: 25, alertKinds: ["fire"], colour: "blue" });
    expect(parsed.ok).toBe(false);
    const reasons = parsed.ok ? [] : parsed.reason.split("; ");
    expect(reasons).toHaveLength(4);
  });
});
