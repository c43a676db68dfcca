import { describe, expect, it } from "vitest";
import { attemptTimeoutMs, backoffDelayMs, handlerBudgetMs, retryWithinBudget } from "./retry.ts";
import { SinkWriteError } from "./sink.ts";

const policy = { baseMs: 100, capMs: 1_000, budgetMs: 2_000 };

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    deps: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
      random: () => 1,
    },
  };
}

describe("backoffDelayMs", () => {
  it("doubles per attempt between half and all of the step, and stops at the cap", () => {
    expect(backoffDelayMs(0, policy, () => 0)).toBe(50);
    expect(backoffDelayMs(0, policy, () => 1)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(800);
    expect(backoffDelayMs(4, policy, () => 0)).toBe(500);
    expect(backoffDelayMs(50, policy, () => 1)).toBe(1_000);
  });
});

describe("retryWithinBudget", () => {
  it("retries transient failures with growing delays until success, then resets the failure count", async () => {
    const { deps, sleeps } = fakeClock();
    let calls = 0;
    const failures = { count: 0 };
    const outcome = await retryWithinBudget(
      async () => {
        if (++calls < 4) throw new SinkWriteError("down", false);
      },
      policy,
      failures,
      deps,
    );
    expect(outcome).toEqual({ status: "done" });
    expect(sleeps).toEqual([100, 200, 400]);
    expect(failures.count).toBe(0);
  });

  it("gives up when the next retry would pass the budget, keeping the failure count for the next call", async () => {
    const { deps, sleeps } = fakeClock();
    const failures = { count: 0 };
    const down = () => Promise.reject(new SinkWriteError("connection refused", false));
    const outcome = await retryWithinBudget(down, policy, failures, deps);
    expect(outcome).toMatchObject({ status: "gave_up", attempts: 5 });
    // 100 + 200 + 400 + 800 = 1500; the next step (1000, capped) would pass 2000.
    expect(sleeps).toEqual([100, 200, 400, 800]);
    expect(failures.count).toBe(5);
  });

  it("stops at once on a permanent error", async () => {
    const { deps, sleeps } = fakeClock();
    const outcome = await retryWithinBudget(
      () => Promise.reject(new SinkWriteError("bad line", true, 400)),
      policy,
      { count: 3 },
      deps,
    );
    expect(outcome.status).toBe("refused");
    expect(sleeps).toEqual([]);
  });

  it("rethrows anything that is not a SinkWriteError: a bug is not retried", async () => {
    const { deps } = fakeClock();
    await expect(
      retryWithinBudget(() => Promise.reject(new TypeError("bug")), policy, { count: 0 }, deps),
    ).rejects.toThrow("bug");
  });

  it("stops when the delivery is no longer wanted", async () => {
    const { deps, sleeps } = fakeClock();
    let wanted = true;
    const outcome = await retryWithinBudget(
      () => {
        wanted = false;
        return Promise.reject(new SinkWriteError("down", false));
      },
      policy,
      { count: 0 },
      deps,
      () => wanted,
    );
    expect(outcome).toMatchObject({ status: "gave_up", attempts: 1 });
    expect(sleeps).toEqual([]);
  });

  it("gives each attempt what is left of the budget and abandons one that outlasts it", async () => {
    const { deps, sleeps } = fakeClock();
    let now = 0;
    const armed: { fire: () => void; ms: number }[] = [];
    const remaining: number[] = [];
    const outcome = await retryWithinBudget(
      (remainingMs) => {
        remaining.push(remainingMs);
        // A slow InfluxDB: the first request fails after 300 ms, the second never answers.
        if (remaining.length === 1) {
          now += 300;
          return Promise.reject(new SinkWriteError("HTTP 503", false));
        }
        queueMicrotask(() => armed.at(-1)?.fire());
        return new Promise<void>(() => undefined);
      },
      policy,
      { count: 0 },
      {
        ...deps,
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
        timers: {
          set: (callback, ms) => {
            const fire = () => {
              now += ms;
              callback();
            };
            const entry = { ms, fire };
            armed.push(entry);
            return entry;
          },
          clear: () => undefined,
        },
      },
    );
    expect(remaining).toEqual([2_000, 1_600]);
    expect(armed.map((entry) => entry.ms)).toEqual([2_000, 1_600]);
    expect(outcome).toMatchObject({ status: "gave_up", attempts: 2 });
    expect(now).toBeLessThanOrEqual(policy.budgetMs);
  });
});

describe("deadline arithmetic", () => {
  it("cuts the request timeout to what is left of the budget, never below zero", () => {
    expect(attemptTimeoutMs(10_000, 4_000, 0)).toBe(4_000);
    expect(attemptTimeoutMs(3_000, 4_000, 0)).toBe(3_000);
    expect(attemptTimeoutMs(10_000, 4_000, 3_999)).toBe(1);
    expect(attemptTimeoutMs(10_000, 4_000, 5_000)).toBe(0);
  });

  it("keeps one message's hold on the MQTT handler below the keepalive, down to the 5 s minimum", () => {
    // Before: a one-keepalive retry budget plus a 10 s request timeout, 15 s at keepalive 5 s (> 1.5 × 5 s).
    for (const keepaliveSec of [5, 10, 20, 30, 600]) {
      const budget = handlerBudgetMs(keepaliveSec);
      expect(budget).toBeLessThan(keepaliveSec * 1000);
      // The last attempt can start just before the deadline and still never runs past it.
      expect(budget + attemptTimeoutMs(10_000, budget, budget - 1)).toBeLessThan(keepaliveSec * 1000);
    }
    expect(handlerBudgetMs(5)).toBe(4_000);
  });
});
