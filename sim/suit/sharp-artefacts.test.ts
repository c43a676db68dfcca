import { describe, expect, it } from "vitest";
import { Rng } from "../random.ts";
import { drawSuitSession } from "./random-session.ts";
import {
  addSharpArtefacts,
  drawSharpArtefactRates,
  drawSharpArtefacts,
  type SharpArtefactSpec,
  sharpArtefactSpanMs,
} from "./sharp-artefacts.ts";

const pop: SharpArtefactSpec = {
  kind: "pop",
  channels: [1],
  steps: [{ atMs: 100, amplitudeUv: 2000, decayMs: 50 }],
};
const tug: SharpArtefactSpec = {
  kind: "cable_tug",
  channels: [0, 1],
  steps: [
    { atMs: 300, amplitudeUv: -800, decayMs: 1 },
    { atMs: 320, amplitudeUv: 600, decayMs: 2 },
  ],
};

function render(channel: number, blockSamples: number, artefacts: SharpArtefactSpec[]): number[] {
  const samples: number[] = [];
  for (let start = 0; start < 1000; start += blockSamples) {
    const block = new Float64Array(Math.min(blockSamples, 1000 - start));
    addSharpArtefacts(block, artefacts, channel, start, 1000);
    samples.push(...block);
  }
  return samples;
}

describe("sharp artefacts", () => {
  it("renders a pop as a step decaying exponentially, on its channel only, whatever the block length", () => {
    const samples = render(1, 37, [pop]);
    expect(samples[99]).toBe(0);
    expect(samples[100]).toBeCloseTo(2000, 6);
    expect(samples[150]).toBeCloseTo(2000 / Math.E, 6);
    expect(samples).toEqual(render(1, 1000, [pop]));
    expect(render(0, 37, [pop]).every((value) => value === 0)).toBe(true);
  });

  it("renders a cable tug as fast steps on the leads of the cable, gone within ms", () => {
    for (const channel of [0, 1]) {
      const samples = render(channel, 100, [tug]);
      expect(samples[300]).toBeCloseTo(-800, 6);
      // The first step is rendered for 12 decay constants: gone by the second.
      expect(samples[320]).toBe(600);
      expect(Math.abs(samples[345] ?? 1)).toBeLessThan(1e-3);
    }
    expect(sharpArtefactSpanMs(tug)).toEqual([300, 344]);
  });

  it("draws per-session rates up to a pop and two cable tugs a minute, some sessions clean", () => {
    const rates = Array.from({ length: 200 }, (_, seed) => drawSharpArtefactRates(Rng.fromSeed(seed)));
    const clean = rates.filter((r) => r.popsPerMin === 0).length;
    expect(clean).toBeGreaterThan(40);
    expect(clean).toBeLessThan(80);
    expect(Math.max(...rates.map((r) => r.popsPerMin))).toBeLessThanOrEqual(1);
    expect(Math.max(...rates.map((r) => r.cableTugsPerMin))).toBeLessThanOrEqual(2);
    const drawn = drawSharpArtefacts(600_000, 6, { popsPerMin: 1, cableTugsPerMin: 2 }, Rng.fromSeed(3));
    expect(drawn.filter((a) => a.kind === "pop")).toHaveLength(10);
    expect(drawn.filter((a) => a.kind === "cable_tug")).toHaveLength(20);
    expect(drawn.every((a) => a.channels.every((c) => c >= 0 && c < 6))).toBe(true);
  });

  it("is part of drawn sessions, leaving every other part of the session as it was drawn", () => {
    const session = drawSuitSession(8, { durationS: 300 });
    expect(session.sharpArtefacts.length).toBeGreaterThan(0);
    const again = drawSuitSession(8, { durationS: 300 });
    expect(again).toEqual(session);
  });
});
