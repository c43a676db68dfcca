// Exponential backoff with jitter and a cap, and a retry loop bounded by a time budget. Pure apart
// from the injected clock, sleep and randomness.
import { SinkWriteError } from "./sink.ts";

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

/**
 * Delay before retry number `attempt` (0-based): "equal jitter", half of the capped exponential step
 * fixed and half random, so replicas spread out yet never retry in a tight loop.
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return step / 2 + (random() * step) / 2;
}

export interface RetryPolicy extends BackoffPolicy {
  /** Longest time one call may spend, attempts and sleeps included. */
  readonly budgetMs: number;
}

export interface RetryDeps {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export type RetryOutcome =
  | { readonly status: "done" }
  | { readonly status: "refused"; readonly error: unknown }
  | { readonly status: "gave_up"; readonly error: unknown; readonly attempts: number };

/**
 * Runs `attempt` until it succeeds, fails permanently ("refused"), or the next retry would end after
 * `budgetMs` or `stillWanted` turns false ("gave_up"). `failures` carries the consecutive-failure count across calls, so while the
 * store stays down each new message starts at the long delays instead of hammering it again.
 */
export async function retryWithinBudget(
  attempt: () => Promise<void>,
  policy: RetryPolicy,
  failures: { count: number },
  deps: RetryDeps,
  stillWanted: () => boolean = () => true,
): Promise<RetryOutcome> {
  const deadline = deps.now() + policy.budgetMs;
  for (let attempts = 1; ; attempts++) {
    try {
      await attempt();
      failures.count = 0;
      return { status: "done" };
    } catch (error) {
      // Sinks report every store failure as a SinkWriteError; anything else is a bug, and retrying a
      // bug would only hold the subscription hostage.
      if (!(error instanceof SinkWriteError)) throw error;
      if (error.permanent) {
        // The store answered, so it is up: the next message starts with short delays again.
        failures.count = 0;
        return { status: "refused", error };
      }
      const delay = backoffDelayMs(failures.count, policy, deps.random);
      failures.count += 1;
      if (deps.now() + delay > deadline || !stillWanted()) return { status: "gave_up", error, attempts };
      await deps.sleep(delay);
      if (!stillWanted()) return { status: "gave_up", error, attempts };
    }
  }
}
