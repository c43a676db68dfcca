import { describe, expect, it } from "vitest";
import { FrameAssembler, FrameType, SYNC_0, SYNC_1 } from "../../proto/sensor-frame/index.ts";
import { Rng } from "../random.ts";
import { containsSync, noiseBytes } from "./frame-corruption.ts";
import { type OutgoingFrame, SensorFrameStream } from "./sensor-frame-stream.ts";

/** Payloads that often carry a sync pair inside, the hard case for resynchronisation. */
function payload(rng: Rng): Uint8Array {
  const bytes = new Uint8Array(rng.int(1, 40)).map(() => rng.int(0, 255));
  if (rng.chance(0.3) && bytes.length >= 2) bytes.set([SYNC_0, SYNC_1], rng.int(0, bytes.length - 2));
  return bytes;
}

/** What a receiver must count, derived from the stream's own record of its faults. */
function expectedCounts(frames: OutgoingFrame[], closingPadding: number) {
  let badCrc = 0;
  let noise = closingPadding;
  for (const { corruption, separatorBytes } of frames) {
    noise += separatorBytes;
    if (corruption?.kind === "bit_flip") {
      badCrc++;
      noise += corruption.frameBytes - 1;
    }
    if (corruption?.kind === "truncated") {
      badCrc++;
      noise += corruption.keptBytes - 1;
    }
    if (corruption?.kind === "noise") noise += corruption.noiseBytes;
  }
  return { badCrc, noise };
}

describe("sensor frame stream", () => {
  it("numbers frames by one and wraps the wire seq at 65536", () => {
    const stream = new SensorFrameStream({ corruptFrameRate: 0, rng: Rng.fromSeed(1) });
    const seqs: number[] = [];
    for (let i = 0; i < 65_540; i++)
      seqs.push(stream.next(FrameType.hello, new Uint8Array([i & 0xff]), true).seq);
    expect(seqs.slice(65_534, 65_540)).toEqual([65_534, 65_535, 0, 1, 2, 3]);
    expect(stream.framesNumbered).toBe(65_540);
  });

  it("never corrupts a frame that is not transmitted", () => {
    const stream = new SensorFrameStream({ corruptFrameRate: 1, rng: Rng.fromSeed(2) });
    for (let i = 0; i < 100; i++) expect(stream.next(0x10, new Uint8Array(12), false).corruption).toBeNull();
    expect(stream.next(0x10, new Uint8Array(12), true).corruption).not.toBeNull();
  });

  it("makes noise that can never form a sync pair", () => {
    const bytes = noiseBytes(Rng.fromSeed(3), 10_000);
    expect(bytes.includes(SYNC_0) || bytes.includes(SYNC_1)).toBe(false);
  });

  it.each([0.05, 0.3, 1])("gives a receiver exactly one reject per damaged frame at rate %s", (rate) => {
    const rng = Rng.fromSeed(Math.round(rate * 100));
    const stream = new SensorFrameStream({ corruptFrameRate: rate, rng: Rng.fromSeed(7) });
    const frames: OutgoingFrame[] = [];
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < 3000; i++) {
      const frame = stream.next(FrameType.bladderEcho, payload(rng), true);
      frames.push(frame);
      chunks.push(frame.bytes);
    }
    const padding = stream.closingPadding();
    chunks.push(padding);
    const assembler = new FrameAssembler();
    const received: number[] = [];
    // Arbitrary chunking, as a tty delivers it.
    const all = Buffer.concat(chunks);
    for (let at = 0; at < all.length; ) {
      const size = rng.int(1, 64);
      for (const item of assembler.push(all.subarray(at, at + size)))
        if (item.ok) received.push(item.value.seq);
      at += size;
    }
    const expected = expectedCounts(frames, padding.length);
    expect(assembler.counters.badCrc).toBe(expected.badCrc);
    expect(assembler.counters.badLength).toBe(0);
    expect(assembler.counters.noiseBytes).toBe(expected.noise);
    expect(received).toEqual(frames.filter((frame) => !frame.damaged).map((frame) => frame.seq));
    expect(frames.some((frame) => frame.corruption?.kind === "truncated")).toBe(true);
  });

  it("leaves no sync pair inside a damaged frame", () => {
    const stream = new SensorFrameStream({ corruptFrameRate: 1, rng: Rng.fromSeed(8) });
    const rng = Rng.fromSeed(9);
    let damaged = 0;
    for (let i = 0; i < 2000; i++) {
      const frame = stream.next(FrameType.bladderEcho, payload(rng), true);
      if (frame.damaged && frame.corruption) expect(containsSync(frame.corruption.bytes)).toBe(false);
      damaged += frame.damaged ? 1 : 0;
    }
    expect(damaged).toBeGreaterThan(1000);
  });
});
