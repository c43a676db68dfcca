// Drives emulators from the real clock: emits due readings, sends HELLO every few real seconds,
// flushes ground truth, and stops after the configured duration. It only schedules; the emulators
// decide what a reading is.
import { type AcceleratedClock, realMsUntil } from "./clock.ts";

export interface LoopParticipant {
  readonly nextReadingMs: number;
  emitDueReadings(): void;
  sendHello(): void;
  flush(): void;
}

export interface RunLoopOptions {
  clock: AcceleratedClock;
  participants: readonly LoopParticipant[];
  /** Real monotonic time in ms (performance.now in production). */
  realNow: () => number;
  helloIntervalMs: number;
  flushIntervalMs: number;
  durationMs?: number;
  onDurationReached: () => void;
}

/** Longest sleep between two passes, so HELLO, flushes and the duration are checked often enough. */
const MAX_WAIT_MS = 100;

export function startRunLoop(options: RunLoopOptions): { stop(): void } {
  const { clock, participants, realNow } = options;
  let lastHello = realNow();
  let lastFlush = lastHello;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const pass = () => {
    if (stopped) return;
    const now = realNow();
    for (const participant of participants) participant.emitDueReadings();
    if (now - lastHello >= options.helloIntervalMs) {
      lastHello = now;
      for (const participant of participants) participant.sendHello();
    }
    if (now - lastFlush >= options.flushIntervalMs) {
      lastFlush = now;
      for (const participant of participants) participant.flush();
    }
    if (options.durationMs !== undefined && now - clock.realStartMs >= options.durationMs) {
      stopped = true;
      options.onDurationReached();
      return;
    }
    const after = realNow();
    const untilNextReading = Math.min(
      ...participants.map((participant) => realMsUntil(clock, participant.nextReadingMs, after)),
    );
    timer = setTimeout(pass, Math.min(MAX_WAIT_MS, untilNextReading));
  };
  pass();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
