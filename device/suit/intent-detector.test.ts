import { describe, expect, it } from "vitest";
import { IntentDetector, inDetectionOrder } from "./intent-detector.ts";
import type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";

const onset = (channel: number, onsetMs: number): OnsetEvent => ({
  channel,
  onsetMs,
  detectedAtMs: onsetMs + 40,
  thresholdUv: 10,
});
const offset = (channel: number, offsetMs: number): OffsetEvent => ({
  channel,
  offsetMs,
  detectedAtMs: offsetMs + 150,
});

describe("IntentDetector", () => {
  const groups = [{ name: "knee", channels: [0, 1] }];

  it("fires on the first agonist onset after quiet, not on the agonists that follow", () => {
    const detector = new IntentDetector(groups, 1000);
    const events = inDetectionOrder(
      [onset(0, 5000), onset(1, 5100), onset(2, 4000)],
      [offset(0, 6000), offset(1, 6100)],
    );
    const intents = events.flatMap((event) => detector.step(event));
    expect(intents).toEqual([{ group: "knee", channel: 0, onsetMs: 5000, detectedAtMs: 5040 }]);
  });

  it("waits for the group to be quiet for the configured time before the next intention", () => {
    const detector = new IntentDetector(groups, 1000);
    const events = inDetectionOrder(
      [onset(0, 1000), onset(1, 2500), onset(0, 5000)],
      [offset(0, 2000), offset(1, 3000)],
    );
    const intents = events.flatMap((event) => detector.step(event));
    expect(intents.map((intent) => intent.onsetMs)).toEqual([1000, 5000]);
  });
});
