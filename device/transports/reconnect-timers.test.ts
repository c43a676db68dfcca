import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReconnectTimers } from "./reconnect-timers.ts";

const backoff = { initialMs: 100, maxMs: 1000, factor: 2 };

describe("ReconnectTimers", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("backs off further with each attempt and starts over after a success", () => {
    // random() = 1 gives the full ceiling: 100, 200, 400 ms, then 100 again after connected().
    const timers = new ReconnectTimers({ silenceTimeoutMs: 1000, backoff, random: () => 1 });
    const reopened: number[] = [];
    const retry = () => timers.retryLater(() => reopened.push(Date.now()));
    const start = Date.now();
    for (const expected of [100, 200, 400]) {
      retry();
      vi.advanceTimersByTime(expected - 1);
      const before = reopened.length;
      vi.advanceTimersByTime(1);
      expect(reopened.length).toBe(before + 1);
    }
    timers.connected();
    retry();
    vi.advanceTimersByTime(100);
    expect(reopened.map((t) => t - start)).toEqual([100, 300, 700, 800]);
  });

  it("reports silence once the watchdog runs out, and feeding it postpones that", () => {
    const timers = new ReconnectTimers({ silenceTimeoutMs: 500, backoff });
    const reasons: string[] = [];
    timers.feed((reason) => reasons.push(reason));
    vi.advanceTimersByTime(400);
    timers.feed((reason) => reasons.push(reason));
    vi.advanceTimersByTime(400);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(reasons).toEqual(["no data for 500 ms"]);
  });

  it("runs nothing after cancel", () => {
    const timers = new ReconnectTimers({ silenceTimeoutMs: 500, backoff, random: () => 0 });
    const calls: string[] = [];
    timers.feed(() => calls.push("silence"));
    timers.retryLater(() => calls.push("reopen"));
    timers.cancel();
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual([]);
  });
});
