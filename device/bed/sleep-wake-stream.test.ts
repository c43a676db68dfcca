import { describe, expect, it } from "vitest";
import { scoreBedSleep } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { fixtureEpoch } from "./epoch-fixture.ts";
import { liveSleepDelayS, SleepWakeStream } from "./sleep-wake-stream.ts";

/** In-bed epochs (empty where `empty`), each with the given number of 2-s movements. */
function epochs(movements: readonly number[], empty: (i: number) => boolean = () => false): BedEpoch[] {
  return movements.map((count, i) =>
    fixtureEpoch({
      startS: i * 30,
      occupancy: empty(i) ? 0 : 1,
      occupied: !empty(i),
      movementIndex: count,
      movementBursts: count,
      bursts: Array.from({ length: count }, (_, k) => ({
        startS: i * 30 + 3 + k * 7 + (i % 5),
        durationS: 2,
      })),
    }),
  );
}

describe("SleepWakeStream", () => {
  it("scores each epoch 3 min after it, as the whole-night scoring does when no short sleep run is rescored", () => {
    const pattern = [...Array(30).fill(0), ...Array(30).fill(2), ...Array(60).fill(0), ...Array(10).fill(3)];
    const night = epochs(pattern, (i) => i < 4);
    const stream = new SleepWakeStream(30);
    const live: boolean[] = [];
    night.forEach((epoch, i) => {
      const score = stream.push(epoch);
      if (i < liveSleepDelayS / 30) expect(score).toBeNull();
      else {
        expect(score?.epoch).toBe(night[i - liveSleepDelayS / 30]);
        live.push(score?.asleep ?? false);
      }
    });
    expect(stream.delayS).toBe(180);
    const whole = scoreBedSleep(night, 30).slice(0, live.length);
    expect(live).toEqual(whole);
    expect(live.slice(0, 4).some(Boolean)).toBe(false); // nobody on the bed
    expect(live.slice(40, 58).some(Boolean)).toBe(false); // restless
    // Cole–Kripke also looks 4 min back, and Webster adds 4 min after 15 min of wake.
    expect(live.slice(80, 115).every(Boolean)).toBe(true);
  });

  it("applies Webster's look-back: after 15 min of wake, the first 4 min of sleep stay wake", () => {
    const night = epochs([...Array(40).fill(2), ...Array(40).fill(0)]);
    const stream = new SleepWakeStream(30);
    const live = night.map((epoch) => stream.push(epoch)).filter((s) => s !== null);
    const firstSleep = live.findIndex((s) => s?.asleep);
    // Cole–Kripke turns to sleep once its 4-min look-back is quiet (epoch 47: its minutes are pairs of
    // epochs), then Webster keeps 4 more minutes as wake.
    expect(firstSleep).toBe(55);
  });
});
