import { describe, expect, it } from "vitest";
import { breathingRateHz } from "./bed-config.ts";
import { BreathingPauseDetector } from "./breathing-pause-detector.ts";
import type { BedEvent } from "./occupancy-detector.ts";

/** 10 Hz breathing at 15 /min with amplitude `amplitude(t)`, plus a weak noisy second channel. */
function run(seconds: number, amplitude: (t: number) => number, watching = (_t: number) => true): BedEvent[] {
  const detector = new BreathingPauseDetector(2, 20);
  const events: BedEvent[] = [];
  const sample = new Float64Array(2);
  for (let n = 0; n < seconds * breathingRateHz; n++) {
    const t = n / breathingRateHz;
    sample[0] = 100 * amplitude(t) * Math.sin((2 * Math.PI * t) / 4);
    sample[1] = 2 * Math.sin(n * 1.3);
    const event = detector.update(sample, t, watching(t));
    if (event) events.push(event);
  }
  return events;
}

describe("BreathingPauseDetector", () => {
  it("raises no_breathing ~20 s into a 40-s pause and clears when breathing resumes", () => {
    const events = run(150, (t) => (t >= 60 && t < 100 ? 0.03 : 1));
    expect(events.map((e) => e.kind)).toEqual(["no_breathing", "breathing_resumed"]);
    expect(events[0]?.timeS).toBeGreaterThan(60 + 17);
    expect(events[0]?.timeS).toBeLessThan(60 + 23);
    expect(events[1]?.timeS).toBeGreaterThan(100);
    expect(events[1]?.timeS).toBeLessThan(104);
  });

  it("stays quiet through a 12-s pause and through shallower breathing", () => {
    expect(run(150, (t) => (t >= 60 && t < 72 ? 0.03 : 1))).toEqual([]);
    expect(run(150, (t) => (t >= 60 ? 0.4 : 1))).toEqual([]);
  });

  it("does not fire while not watching (movement, empty bed)", () => {
    const events = run(
      150,
      (t) => (t >= 60 && t < 100 ? 0.03 : 1),
      (t) => t < 55 || t > 95,
    );
    expect(events).toEqual([]);
  });
});
