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
  /** Arms the deadline of one attempt; real timers unless a test injects its own. */
  readonly timers?: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };
}

/** Time one attempt may take: the configured request timeout, cut to what is left of the budget. */
export function attemptTimeoutMs(configuredMs: number, deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.min(configuredMs, deadlineMs - nowMs));
}

/**
 * How long one message may hold the MQTT handler, retries and requests included. MQTT.js reads no
 * PINGRESP while the handler holds a message and drops the link after about 1.5 × keepalive, so the
 * budget stays a fifth below one keepalive.
 */
export function handlerBudgetMs(keepaliveSec: number): number {
  return Math.floor(keepaliveSec * 1000 * 0.8);
}

const realTimers = {
  set: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The attempt, or a transient failure once `timeoutMs` has passed without an answer. */
function withinDeadline(
  attempt: Promise<void>,
  timeoutMs: number,
  timers: NonNullable<RetryDeps["timers"]>,
): Promise<void> {
  let handle: unknown;
  const expired = new Promise<never>((_, reject) => {
    handle = timers.set(
      () => reject(new SinkWriteError(`no answer within the remaining ${timeoutMs} ms`, false)),
      timeoutMs,
    );
  });
  return Promise.race([attempt, expired]).finally(() => timers.clear(handle));
}

export type RetryOutcome =
  | { readonly status: "done" }
  | { readonly status: "refused"; readonly error: unknown }
  | { readonly status: "gave_up"; readonly error: unknown; readonly attempts: number };

/**
 * Runs `attempt` until it succeeds, fails permanently ("refused"), or the next retry would end after
 * `budgetMs` or `stillWanted` turns false ("gave_up"). Each attempt is given what is left of the
 * budget (its request timeout) and is abandoned when that has passed, so the whole call never takes
 * longer than `budgetMs`. `failures` carries the consecutive-failure count across calls, so while the
 * store stays down each new message starts at the long delays instead of hammering it again.
 */
export async function retryWithinBudget(
  attempt: (remainingMs: number) => Promise<void>,
  policy: RetryPolicy,
  failures: { count: number },
  deps: RetryDeps,
  stillWanted: () => boolean = () => true,
): Promise<RetryOutcome> {
  const deadline = deps.now() + policy.budgetMs;
  for (let attempts = 1; ; attempts++) {
    try {
      const remainingMs = attemptTimeoutMs(policy.budgetMs, deadline, deps.now());
      await withinDeadline(attempt(remainingMs), remainingMs, deps.timers ?? realTimers);
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
