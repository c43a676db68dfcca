import { describe, expect, it } from "vitest";
import { type CouplingState, initialCoupling, judgeCoupling } from "./echo-coupling.ts";

const MINUTE = 60_000;

/** Judges one reading a minute; returns which were weak. */
function judge(strengths: number[], moving: (i: number) => boolean = () => false, start = initialCoupling) {
  let state: CouplingState = start;
  const weak = strengths.map((strength, i) => {
    const [next, isWeak] = judgeCoupling(state, { timeMs: i * MINUTE, strength, moving: moving(i) });
    state = next;
    return isWeak;
  });
  return { state, weak };
}

describe("echo coupling", () => {
  it("takes a sudden fall to about half this sensor's usual strength as weak coupling", () => {
    const { weak } = judge([
      ...new Array(30).fill(200),
      ...new Array(10).fill(105),
      ...new Array(5).fill(195),
    ]);
    expect(weak.slice(0, 30).some(Boolean)).toBe(false);
    expect(weak.slice(30, 40).every(Boolean)).toBe(true);
    expect(weak.slice(40).some(Boolean)).toBe(false);
  });

  it("allows for the weaker echo while moving and for a slow drift", () => {
    const drifting = Array.from({ length: 200 }, (_, i) => 220 - i * 0.3);
    const { weak } = judge(drifting, (i) => i % 17 === 0);
    expect(weak.some(Boolean)).toBe(false);
    // Moving readings are 25 weaker; still ones at 150 against a reference of 200 are fine too.
    expect(judge([...new Array(20).fill(200), 160], (i) => i === 20).weak.at(-1)).toBe(false);
  });

  it("accepts a transducer re-seated with a lastingly weaker coupling after two hours", () => {
    const { weak, state } = judge([...new Array(30).fill(200), ...new Array(150).fill(120)]);
    expect(weak[31]).toBe(true);
    expect(weak[30 + 119]).toBe(true);
    expect(weak.slice(30 + 121).some(Boolean)).toBe(false);
    expect(state.referenceStrength).toBeLessThan(130);
  });
});
