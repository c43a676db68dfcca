// Movement intention: the first onset on any agonist channel of a group after the group has been quiet.
// HAL-style suits start assisting on exactly this cue, so the event carries both the estimated onset and
// the time it was known (the latency budget of the assist).

import type { IntentGroup } from "./config.ts";
import type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";

export interface IntentEvent {
  group: string;
  /** Channel whose onset opened the movement. */
  channel: number;
  onsetMs: number;
  detectedAtMs: number;
}

interface GroupState {
  group: IntentGroup;
  active: Set<number>;
  quietSinceMs: number;
}

export type ActivationEvent = { kind: "onset"; event: OnsetEvent } | { kind: "offset"; event: OffsetEvent };

export class IntentDetector {
  private readonly groups: GroupState[];

  constructor(
    groups: readonly IntentGroup[],
    private readonly quietBeforeMs: number,
  ) {
    this.groups = groups.map((group) => ({
      group,
      active: new Set<number>(),
      quietSinceMs: Number.NEGATIVE_INFINITY,
    }));
  }

  /**
   * A gap in the data: whether a group was quiet during it is unknown, so its quiet time counts from
   * `quietFromMs` (when observation resumes) and no channel is taken to be active.
   */
  restart(quietFromMs: number): void {
    for (const state of this.groups) {
      state.active.clear();
      state.quietSinceMs = quietFromMs;
    }
  }

  /** Feed onsets and offsets in the order they were detected. */
  step(activation: ActivationEvent): IntentEvent[] {
    const intents: IntentEvent[] = [];
    for (const state of this.groups) {
      const channel = activation.event.channel;
      if (!state.group.channels.includes(channel)) continue;
      if (activation.kind === "offset") {
        state.active.delete(channel);
        if (state.active.size === 0) state.quietSinceMs = activation.event.offsetMs;
        continue;
      }
      const { onsetMs, detectedAtMs } = activation.event;
      if (state.active.size === 0 && onsetMs - state.quietSinceMs >= this.quietBeforeMs) {
        intents.push({ group: state.group.name, channel, onsetMs, detectedAtMs });
      }
      state.active.add(channel);
    }
    return intents;
  }
}

/** Onsets and offsets of several channels merged into detection order. */
export function inDetectionOrder(
  onsets: readonly OnsetEvent[],
  offsets: readonly OffsetEvent[],
): ActivationEvent[] {
  const events: ActivationEvent[] = [
    ...onsets.map((event) => ({ kind: "onset" as const, event })),
    ...offsets.map((event) => ({ kind: "offset" as const, event })),
  ];
  return events.sort((a, b) => a.event.detectedAtMs - b.event.detectedAtMs);
}
