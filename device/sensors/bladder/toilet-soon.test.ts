import { describe, expect, it } from "vitest";
import { initialToiletSoon, stepToiletSoon, type ToiletSoonInput } from "./toilet-soon.ts";

const reading = (timeMs: number, minutesUntil: number | null, extra: Partial<ToiletSoonInput> = {}) => ({
  timeMs,
  trusted: true,
  minutesUntil,
  leadTimeMin: 20,
  voided: false,
  ...extra,
});

describe("stepToiletSoon", () => {
  it("raises once per filling cycle and clears after the void", () => {
    let state = initialToiletSoon;
    const changes = [];
    for (const input of [
      reading(1, 40),
      reading(2, 19),
      reading(3, 10),
      reading(4, 25),
      reading(5, 5),
      reading(6, null, { voided: true }),
      reading(7, 300),
      reading(8, 15),
    ]) {
      const [next, change] = stepToiletSoon(state, input);
      state = next;
      changes.push(change);
    }
    expect(changes).toEqual([
      null,
      { kind: "raised", timeMs: 2 },
      null,
      null,
      null,
      { kind: "cleared", timeMs: 6, raisedMs: 2 },
      null,
      { kind: "raised", timeMs: 8 },
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
      timeMs: 1,
    });
  });
});
