// For tests: the options of a bladder sensor pipeline with quiet callbacks, to override where a test cares.
import type { SchedulerLike } from "rxjs";
import { Counters } from "../status/counters.ts";
import type { SensorPipelineOptions } from "./sensor-pipeline.ts";

export function testPipelineOptions(
  scheduler: SchedulerLike,
  overrides: Partial<SensorPipelineOptions> = {},
): SensorPipelineOptions {
  return {
    sensorId: "bladder-1",
    scheduler,
    clock: { now: () => 1_700_000_000_000 + scheduler.now() * 60, monotonic: () => scheduler.now() },
    counters: new Counters(),
    clockToleranceMs: 5_000,
    batchMaxCount: 10,
    batchMaxDelayMs: 5_000,
    windowMs: 300_000,
    windowIdleFlushMs: 60_000,
    onReject: () => undefined,
    onHello: () => undefined,
    onClock: () => undefined,
    ...overrides,
  };
}
