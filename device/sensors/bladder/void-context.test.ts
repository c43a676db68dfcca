import { describe, expect, it } from "vitest";
import type { Posture } from "./posture-tracker.ts";
import { initialVoidContext, stepVoidContext, type VoidContextState } from "./void-context.ts";

const MINUTE = 60_000;

/** One reading a minute in the given postures; a void of 400 mL at minute `voidAt`. */
function learned(postures: Posture[], voidAt: number): number[] {
  let state: VoidContextState = initialVoidContext;
  const out: number[] = [];
  postures.forEach((posture, minute) => {
    const voided = minute === voidAt ? { atMs: minute * MINUTE, beforeMl: 400 } : null;
    const [next, learn] = stepVoidContext(state, { timeMs: minute * MINUTE, posture, voided });
    state = next;
    if (learn !== null) out.push(learn);
  });
  return out;
}

const sitting = (n: number): Posture[] => new Array<Posture>(n).fill("sitting");
const lying = (n: number): Posture[] => new Array<Posture>(n).fill("lying");

describe("stepVoidContext", () => {
  it("learns from a void in the waking day once the resident stays up", () => {
    expect(learned([...lying(10), ...sitting(60)], 45)).toEqual([400]);
  });

  it("skips voids on waking and at bedtime", () => {
    expect(learned([...lying(30), ...sitting(30)], 40)).toEqual([]);
    expect(learned([...sitting(60), ...lying(30)], 55)).toEqual([]);
  });

  it("learns every void when there is no posture", () => {
    expect(learned(new Array<Posture>(3).fill("unknown"), 1)).toEqual([400]);
  });
});
