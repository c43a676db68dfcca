import { describe, expect, it } from "vitest";
import {
  type ContactChange,
  type ContactState,
  initialContactState,
  stepContact,
} from "./contact-monitor.ts";

function run(usable: boolean[]): { state: ContactState; changes: ContactChange[] } {
  let state = initialContactState;
  const changes: ContactChange[] = [];
  for (const u of usable) {
    const [next, change] = stepContact(state, u);
    state = next;
    changes.push(change);
  }
  return { state, changes };
}

describe("stepContact", () => {
  it("ignores a single weak echo", () => {
    const { state, changes } = run([true, false, true, true]);
    expect(state.attached).toBe(true);
    expect(changes.every((c) => c === null)).toBe(true);
  });

  it("reports a detachment after two bad readings and a reattachment after three good ones", () => {
    const { state, changes } = run([true, false, false, false, true, true, false, true, true, true]);
    expect(changes).toEqual([null, null, "detached", null, null, null, null, null, null, "reattached"]);
    expect(state.attached).toBe(true);
    expect(state.goodSinceAttach).toBe(3);
  });
});
