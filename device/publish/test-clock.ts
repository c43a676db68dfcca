// A settable clock for outbox tests: the wall clock may jump, the monotonic one only moves forward.
import type { OutboxClock } from "./outbox.ts";

export interface TestClock extends OutboxClock {
  wall: number;
  mono: number;
}

export function testClock(wall = Date.UTC(2026, 0, 1)): TestClock {
  return {
    wall,
    mono: 0,
    now() {
      return this.wall;
    },
    monotonic() {
      return this.mono;
    },
  };
}
