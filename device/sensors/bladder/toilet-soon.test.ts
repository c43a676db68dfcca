import { describe, expect, it } from "vitest";
import {
  initialToiletSoon,
  stepToiletSoon,
  type ToiletSoonChange,
  type ToiletSoonInput,
} from "./toilet-soon.ts";

const MINUTE = 60_000;

/** A reading at `minute` with a forecast; the threshold is fixed by staff unless odds are given. */
const reading = (minute: number, minutesUntil: number | null, extra: Partial<ToiletSoonInput> = {}) => ({
  timeMs: minute * MINUTE,
  trusted: true,
  minutesUntil,
  leadTimeMin: 20,
  odds: null,
  minProbability: 0.6,
  usefulForMin: 60,
  noticesPerCycle: 1,
  voided: false,
  ...extra,
});

function changes(inputs: ToiletSoonInput[]): ToiletSoonChange[] {
  let state = initialToiletSoon;
  return inputs.map((input) => {
    const [next, change] = stepToiletSoon(state, input);
    state = next;
    return change;
  });
}

describe("stepToiletSoon", () => {
  it("with a fixed threshold, raises when the forecast falls to the lead time, once per cycle, cleared by the void", () => {
    expect(
      changes([
        reading(1, 40),
        reading(2, 19),
        reading(3, 10),
        reading(4, 25),
        reading(5, 5),
        reading(6, null, { voided: true }),
        reading(7, 300),
        reading(8, 15),
      ]),
    ).toEqual([
      null,
      { kind: "raised", timeMs: 2 * MINUTE },
      null,
      null,
      null,
      { kind: "cleared", timeMs: 6 * MINUTE, raisedMs: 2 * MINUTE },
      null,
      { kind: "raised", timeMs: 8 * MINUTE },
    ]);
  });

  it("with a learned threshold, raises when a notice now is likely enough and no later one would do better", () => {
    const odds = (now: number, bestLater: number) => ({ odds: { now, bestLater } });
    expect(
      changes([
        reading(1, 60, odds(0.5, 0.7)),
        reading(2, 55, odds(0.65, 0.7)),
        reading(3, 50, odds(0.7, 0.68)),
        reading(4, 45, odds(0.72, 0.6)),
      ]),
    ).toEqual([null, null, { kind: "raised", timeMs: 3 * MINUTE }, null]);
    // Never likely enough: no notice, however close.
    expect(changes([reading(1, 5, odds(0.4, 0.3))])).toEqual([null]);
  });

  it("lets a notice lapse when its window passes with no void, then allows a reminder within the limit", () => {
    const due = { odds: { now: 0.8, bestLater: 0.5 }, noticesPerCycle: 2 };
    expect(
      changes([
        reading(0, 30, due),
        reading(59, 10, due),
        reading(60, 10, due),
        reading(61, 10, due),
        reading(121, 0, due),
        reading(122, 0, due),
        reading(200, 0, due),
      ]),
    ).toEqual([
      { kind: "raised", timeMs: 0 },
      null,
      { kind: "lapsed", timeMs: 60 * MINUTE, raisedMs: 0 },
      { kind: "raised", timeMs: 61 * MINUTE },
      { kind: "lapsed", timeMs: 121 * MINUTE, raisedMs: 61 * MINUTE },
      null,
      null,
    ]);
  });

  it("never raises from an untrusted reading, and a void without a notice clears nothing", () => {
    const [state, change] = stepToiletSoon(initialToiletSoon, reading(1, 5, { trusted: false }));
    expect(change).toBeNull();
    expect(stepToiletSoon(state, reading(2, 5, { voided: true }))[1]).toBeNull();
  });

  it("follows a changed lead time", () => {
    expect(stepToiletSoon(initialToiletSoon, reading(1, 30, { leadTimeMin: 35 }))[1]).toEqual({
      kind: "raised",
      timeMs: MINUTE,
    });
  });
});
