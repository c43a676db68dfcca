import { describe, expect, it } from "vitest";
import { exampleNight as handMadeNight } from "./example-night.ts";
import { wristCountsPerG, wristSignalBlocks } from "./wrist-signal.ts";

describe("wristSignalBlocks", () => {
  it("reads 1 g when still and more while moving", () => {
    const blocks = [...wristSignalBlocks(handMadeNight(), 32, 60)];
    expect(blocks.reduce((n, b) => n + b.frames, 0)).toBe(300 * 32);
    const magnitudeAt = (t: number) => {
      const frame = Math.round(t * 32);
      const block = blocks[Math.floor(frame / (60 * 32))];
      const i = (frame % (60 * 32)) * 3;
      const [x, y, z] = [block?.samples[i] ?? 0, block?.samples[i + 1] ?? 0, block?.samples[i + 2] ?? 0];
      return Math.hypot(x, y, z) / wristCountsPerG;
    };
    expect(magnitudeAt(80)).toBeCloseTo(1, 1);
    let swing = 0;
    for (let t = 30; t < 35; t += 1 / 32) swing = Math.max(swing, Math.abs(magnitudeAt(t) - 1));
    expect(swing).toBeGreaterThan(0.1);
  });
});
