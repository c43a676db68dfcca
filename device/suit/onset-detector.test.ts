import { describe, expect, it } from "vitest";
import { defaultSuitDspConfig } from "./config.ts";
import type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";
import { OnsetDetector, onsetThresholds } from "./onset-detector.ts";

const onsetConfig = defaultSuitDspConfig(1000, 1).onset;
const thresholds = onsetThresholds({ levelUv: 5, spreadUv: 0.2 }, onsetConfig);

/** Runs an envelope sequence (one value per 10 ms hop) through a detector. */
function detect(envelope: number[]) {
  const detector = new OnsetDetector(0, onsetConfig, 10, 100);
  const onsets: OnsetEvent[] = [];
  const offsets: OffsetEvent[] = [];
  envelope.forEach((value, hop) => {
    const step = detector.step(hop * 10, value, thresholds);
    if (step.onset) onsets.push(step.onset);
    if (step.offset) offsets.push(step.offset);
  });
  return { onsets, offsets };
}

const repeat = (value: number, hops: number) => Array.from({ length: hops }, () => value);

describe("onsetThresholds", () => {
  it("puts the onset threshold a ratio above the resting baseline, with the off level in between", () => {
    expect(thresholds.onUv).toBeCloseTo(12.5);
    expect(thresholds.offUv).toBeCloseTo(8.75);
    expect(thresholds.backtrackUv).toBeLessThan(thresholds.offUv);
  });

  it("never goes below the absolute floor", () => {
    expect(onsetThresholds({ levelUv: 0.01, spreadUv: 0 }, onsetConfig).onUv).toBe(onsetConfig.floorUv);
  });
});

describe("OnsetDetector", () => {
  it("finds a burst, backtracks its onset to the rise and reports its end", () => {
    const rise = [8, 20, 40, 60];
    const { onsets, offsets } = detect([...repeat(5, 100), ...rise, ...repeat(80, 50), ...repeat(5, 60)]);
    expect(onsets).toHaveLength(1);
    // The envelope was last at rest in hop 99 (990 ms); the threshold was crossed at hop 101.
    expect(onsets[0]?.onsetMs).toBe(990);
    expect(onsets[0]?.detectedAtMs).toBeGreaterThanOrEqual(1010 + onsetConfig.holdOnMs - 10);
    expect(offsets).toHaveLength(1);
    expect(offsets[0]?.offsetMs).toBeGreaterThan(1400);
    expect(offsets[0]?.offsetMs).toBeLessThan(1600);
  });

  it("ignores a spike shorter than the hold time", () => {
    const { onsets } = detect([...repeat(5, 100), 40, 40, ...repeat(5, 100)]);
    expect(onsets).toHaveLength(0);
  });

  it("does not re-trigger on the slowly decaying tail of a strong burst", () => {
    const tail = Array.from({ length: 80 }, (_, k) => 5 + 40 * Math.exp(-k / 20));
    const { onsets } = detect([...repeat(5, 100), ...repeat(400, 50), ...tail, ...repeat(5, 50)]);
    expect(onsets).toHaveLength(1);
  });

  it("separates two bursts with a short rest between them", () => {
    const burst = [...repeat(120, 30)];
    const { onsets } = detect([...repeat(5, 100), ...burst, ...repeat(5, 30), ...burst, ...repeat(5, 30)]);
    expect(onsets).toHaveLength(2);
    expect(onsets[1]?.onsetMs).toBeCloseTo(1590, -1);
  });

  it("ends an activation as interrupted at a gap and waits for rest before the next onset", () => {
    const detector = new OnsetDetector(0, onsetConfig, 10, 100);
    for (let hop = 0; hop < 25; hop++) detector.step(hop * 10, hop < 10 ? 5 : 100, thresholds);
    expect(detector.restart(250)).toEqual({
      channel: 0,
      offsetMs: 250,
      detectedAtMs: 250,
      interrupted: true,
    });
    expect(detector.restart(250)).toBeNull();
    // After the gap the muscle is still working (its onset was lost), then rests, then starts again.
    const after = [...repeat(100, 30), ...repeat(5, 30), ...repeat(100, 20)];
    const onsets = after.flatMap((value, k) => detector.step(260 + k * 10, value, thresholds).onset ?? []);
    expect(onsets.map((onset) => onset.onsetMs)).toEqual([850]);
  });

  it("confirms an abrupt rise only when it is sustained: a decaying edge is an artefact", () => {
    const edge = (hopsUv: number[]) => {
      const detector = new OnsetDetector(0, onsetConfig, 10, 100);
      const envelope = [...repeat(5, 50), ...hopsUv.map((_, k) => 5 + 40 * (k + 1) ** 0.5), ...repeat(5, 30)];
      const hops = [...repeat(5, 50), ...hopsUv, ...repeat(5, 30)];
      return envelope.map((value, k) => detector.step(k * 10, value, thresholds, hops[k]));
    };
    // An electrode pop: 400 µV in the first hop, then the filters ring out.
    const pop = edge(Array.from({ length: 15 }, (_, k) => 400 * Math.exp(-k / 3)));
    expect(pop.some((step) => step.onset)).toBe(false);
    expect(pop.filter((step) => step.rejected)).toHaveLength(1);
    // A contraction that starts as abruptly and goes on: confirmed, later than a gradual one.
    const steps = edge(repeat(300, 15));
    const onset = steps.find((step) => step.onset)?.onset;
    expect(onset?.onsetMs).toBe(490);
    expect(onset?.detectedAtMs).toBeGreaterThanOrEqual(500 + onsetConfig.abruptHoldMs);
  });

  it("stays silent while not ready and forgets an activation when reset", () => {
    const detector = new OnsetDetector(0, onsetConfig, 10, 100);
    expect(detector.step(0, 100, null)).toEqual({});
    for (let hop = 1; hop < 10; hop++) detector.step(hop * 10, 100, thresholds);
    expect(detector.active).toBe(true);
    detector.reset();
    expect(detector.active).toBe(false);
  });
});
