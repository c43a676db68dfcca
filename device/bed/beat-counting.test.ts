import { describe, expect, it } from "vitest";
import { beatIndices } from "./beat-counting.ts";

describe("beatIndices", () => {
  it("finds one beat per period, not the smaller humps between, and only in valid samples", () => {
    // 50 Hz envelope: a beat every 40 samples (75 bpm), a small second hump 15 samples after each.
    const envelope = new Float64Array(500);
    for (let n = 0; n < 500; n++) {
      const phase = n % 40;
      envelope[n] = Math.exp(-(((phase - 10) / 3) ** 2)) + 0.4 * Math.exp(-(((phase - 25) / 3) ** 2));
    }
    const valid = new Uint8Array(500).fill(1);
    expect(beatIndices(envelope, valid, 40)).toEqual([
      10, 50, 90, 130, 170, 210, 250, 290, 330, 370, 410, 450, 490,
    ]);
    valid.fill(0, 100, 320);
    expect(beatIndices(envelope, valid, 40)).toHaveLength(8);
  });
});
