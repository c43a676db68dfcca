import { describe, expect, it } from "vitest";
import { scoreBedSleep } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { fixtureEpoch } from "./epoch-fixture.ts";
import { liveSleepWakeModel, scoreSleepWakeModel } from "./sleep-wake-model.ts";
import { liveSleepDelayS, SleepWakeStream } from "./sleep-wake-stream.ts";

const regular = [4, 4.1, 3.9, 4, 4.05, 3.95, 4];
const irregular = [3, 5.2, 2.6, 4.8, 3.4, 5.6, 2.9];

/** Awake: movements at irregular gaps (a periodic series would pass for leg movements in sleep). */
const movingEpochs = new Set([0, 1, 4, 5, 9, 14, 15, 22, 27, 28]);

/**
 * One letter per 30-s epoch: "-" empty bed, "S" asleep (regular breathing, still), "W" awake (irregular
 * breathing, restless, heart rate 7 bpm up).
 */
function night(pattern: string): BedEpoch[] {
  return [...pattern].map((c, i) => {
    const moving = c === "W" && movingEpochs.has(i % 30);
    return fixtureEpoch({
      startS: i * 30,
      occupancy: c === "-" ? 0 : 1,
      occupied: c !== "-",
      heartRateBpm: c === "-" ? null : c === "W" ? 66 : 58 + (i % 4),
      breathIntervalsS: c === "-" ? [] : c === "S" ? regular : irregular,
      movementBursts: moving ? 1 : 0,
      bursts: moving ? [{ startS: i * 30 + 4 + (i % 11), durationS: 2 }] : [],
    });
  });
}

const pattern = `${"-".repeat(8)}${"W".repeat(30)}${"S".repeat(300)}${"W".repeat(16)}${"S".repeat(200)}`;

describe("SleepWakeStream", () => {
  it("scores each epoch 3 min after it, exactly as the live model scores the night so far", () => {
    const epochs = night(pattern);
    const stream = new SleepWakeStream(30);
    const live: boolean[] = [];
    epochs.forEach((epoch, i) => {
      const score = stream.push(epoch);
      if (i < liveSleepDelayS / 30) expect(score).toBeNull();
      else {
        expect(score?.epoch).toBe(epochs[i - liveSleepDelayS / 30]);
        live.push(score?.asleep ?? false);
      }
    });
    expect(stream.delayS).toBe(180);
    // Offline, the live model on the whole night (it never looks more than 3 min ahead) agrees.
    expect(live).toEqual(scoreSleepWakeModel(epochs, 30, liveSleepWakeModel).slice(0, live.length));
    expect(live.slice(0, 8).some(Boolean)).toBe(false); // nobody on the bed
    expect(live.slice(12, 36).filter(Boolean).length).toBeLessThan(4); // restless, irregular
    expect(live.slice(100, 330).every(Boolean)).toBe(true);
    expect(live.slice(340, 352).filter(Boolean).length).toBeLessThan(3);
  });

  it("agrees with the whole-night scoring on most epochs, which looks further ahead", () => {
    const epochs = night(pattern);
    const stream = new SleepWakeStream(30);
    const live = epochs.map((epoch) => stream.push(epoch)?.asleep).filter((a) => a !== undefined);
    const whole = scoreBedSleep(epochs, 30);
    const same = live.filter((asleep, i) => asleep === whole[i]).length;
    expect(same / live.length).toBeGreaterThan(0.95);
  });

  it("keeps a bounded history over a long night and still scores", () => {
    const stream = new SleepWakeStream(30);
    const long = night("S".repeat(2000));
    let last = null;
    for (const epoch of long) last = stream.push(epoch);
    expect(last?.asleep).toBe(true);
    expect(last?.epoch).toBe(long[long.length - 1 - liveSleepDelayS / 30]);
  });
});
