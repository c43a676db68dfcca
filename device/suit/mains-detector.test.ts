import { describe, expect, it } from "vitest";
import { MainsDetector } from "./mains-detector.ts";
import { noiseBlock } from "./test-noise.ts";

/** Noise (stand-in for EMG) plus an optional mains line, fed in 100 ms blocks on two channels. */
function detect(sampleRateHz: number, mainsHz: number | null, mainsUv: number, seconds = 4) {
  const detector = new MainsDetector(sampleRateHz, 2);
  const block = Math.round(sampleRateHz / 10);
  for (let start = 0; start < seconds * sampleRateHz; start += block) {
    const channels = [0, 1].map((c) => {
      const x = noiseBlock(block, 20, 1000 * c + start + 1);
      if (mainsHz !== null) {
        for (let i = 0; i < block; i++)
          x[i] = (x[i] ?? 0) + mainsUv * Math.sin((2 * Math.PI * mainsHz * (start + i)) / sampleRateHz + c);
      }
      return x;
    });
    detector.update(channels);
  }
  return detector.detection;
}

describe("MainsDetector", () => {
  it("finds 50 Hz (eastern Japan) under broadband EMG", () => {
    expect(detect(1000, 50.08, 10).decided).toBe(50);
  });

  it("finds 60 Hz (western Japan), also at 200 and 4000 Hz sampling", () => {
    expect(detect(1000, 59.93, 10).decided).toBe(60);
    expect(detect(200, 60, 10).decided).toBe(60);
    expect(detect(4000, 60, 10).decided).toBe(60);
  });

  it("stays undecided when there is no mains line", () => {
    const detection = detect(1000, null, 0);
    expect(detection.decided).toBeNull();
    expect(detection.lineRatio[50]).toBeLessThan(10);
  });

  it("needs two agreeing windows before deciding", () => {
    expect(detect(1000, 50, 50, 1.5).decided).toBeNull();
    expect(detect(1000, 50, 50, 2).decided).toBe(50);
  });
});
