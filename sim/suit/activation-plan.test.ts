import { describe, expect, it } from "vitest";
import { mergeBursts, minimumRestBetweenBurstsMs, planActivations } from "./activation-plan.ts";
import { burstEnvelope } from "./channel-drive.ts";
import { suitGroundTruth } from "./ground-truth.ts";
import { drawSuitSession } from "./random-session.ts";
import type { SuitScenario } from "./scenario.ts";

describe("mergeBursts", () => {
  it("merges bursts closer than the minimum rest and keeps the stronger level", () => {
    const merged = mergeBursts([
      { onsetMs: 1000, offsetMs: 1500, level: 0.2 },
      { onsetMs: 1600, offsetMs: 2000, level: 0.4 },
      { onsetMs: 3000, offsetMs: 3300, level: 0.1 },
    ]);
    expect(merged.map((b) => [b.onsetMs, b.offsetMs, b.level])).toEqual([
      [1000, 2000, 0.4],
      [3000, 3300, 0.1],
    ]);
  });
});

describe("burstEnvelope", () => {
  it("rises from 0 at the onset to 1 on the plateau and back to 0 at the offset", () => {
    const burst = { onsetMs: 100, offsetMs: 600, level: 1, rampUpMs: 100, rampDownMs: 100 };
    expect(burstEnvelope(burst, 100)).toBe(0);
    expect(burstEnvelope(burst, 150)).toBeCloseTo(0.5);
    expect(burstEnvelope(burst, 300)).toBe(1);
    expect(burstEnvelope(burst, 600)).toBe(0);
  });
});

describe("planActivations and ground truth", () => {
  const scenario: SuitScenario = drawSuitSession(11, {
    durationS: 120,
    channelCount: 8,
    electrodeOffCount: 1,
  });
  const truth = suitGroundTruth(scenario);

  it("is deterministic", () => {
    expect(planActivations(scenario)).toEqual(planActivations(scenario));
  });

  it("gives every channel sorted activations separated by at least the minimum rest", () => {
    for (const activations of truth.activations) {
      for (let i = 1; i < activations.length; i++) {
        const gap = (activations[i]?.onsetMs ?? 0) - (activations[i - 1]?.offsetMs ?? 0);
        expect(gap).toBeGreaterThanOrEqual(minimumRestBetweenBurstsMs);
      }
    }
  });

  it("puts activations inside their movements and flags those hit by the electrode lift-off", () => {
    const all = truth.activations.flat();
    expect(all.length).toBeGreaterThan(20);
    for (const activation of all) {
      const movement = truth.movements.find(
        (m) => activation.onsetMs >= m.startMs - 1 && activation.offsetMs <= m.endMs + 1,
      );
      expect(movement).toBeDefined();
    }
    const off = truth.electrodeOff[0];
    const hit = all.filter(
      (a) => a.channel === off?.channel && a.onsetMs < (off?.endMs ?? 0) && a.offsetMs > (off?.startMs ?? 0),
    );
    expect(hit.every((a) => a.overlapsElectrodeOff)).toBe(true);
  });

  it("states the fatigue direction from the conduction-velocity trend", () => {
    for (const fatigue of truth.fatigue) {
      const expected = fatigue.cvFactorEnd < fatigue.cvFactorStart ? "falling" : "rising";
      expect(fatigue.direction).toBe(expected);
    }
  });
});
