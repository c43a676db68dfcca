// Connects a transport to a sensor pipeline and hands each outgoing payload to `emit`.
// This is the only place the agent turns callbacks into Observables.
//
// The transport runs for the life of the stream; the pipeline on top of it is restarted when it
// fails (an exception in an analyzer or estimator ends an RxJS subscription), after a backoff with
// jitter and a cap, so one bad reading cannot stop a sensor's data until the agent restarts. Each
// failure is counted (pipeline_failures), its reason goes to the sensor's status, and the bytes that
// arrive while the pipeline is down are counted (pipeline_bytes_dropped).
import { asyncScheduler, Subject, type Subscription } from "rxjs";
import type { SensorDefinition } from "../sensors/sensor-definition.ts";
import { type BackoffPolicy, backoffDelay, defaultBackoff } from "../transports/backoff.ts";
import type { ByteTransport, TransportState } from "../transports/transport.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { buildSensorPipeline, type SensorPipelineOptions } from "./sensor-pipeline.ts";

export interface SensorStream {
  stop(): Promise<void>;
}

export interface PipelineRestarts {
  backoff?: BackoffPolicy;
  random?: () => number;
  /** The pipeline failed (reason names the error and the delay) or started again. */
  onPipelineState?: (state: "failed" | "restarted", reason: string) => void;
}

export function startSensorStream<Reading, Settings>(
  transport: ByteTransport,
  definition: SensorDefinition<Reading, Settings>,
  settings: Settings,
  options: Omit<SensorPipelineOptions, "scheduler"> & PipelineRestarts,
  onTransportState: (state: TransportState, reason: string) => void,
  emit: (payload: OutgoingPayload) => void,
): SensorStream {
  const { counters } = options;
  const input = new Subject<Uint8Array>();
  let subscription: Subscription | null = null;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let startedMs = options.clock.monotonic();
  let stopped = false;

  const subscribe = (): void => {
    subscription = buildSensorPipeline(input.asObservable(), definition, settings, {
      ...options,
      scheduler: asyncScheduler,
    }).subscribe({
      next: emit,
      error: (error: unknown) => {
        subscription = null;
        if (stopped) return;
        const backoff = options.backoff ?? defaultBackoff;
        // A pipeline that ran longer than the longest delay since its last start failed afresh.
        if (options.clock.monotonic() - startedMs > backoff.maxMs) failures = 0;
        const delayMs = backoffDelay(backoff, failures++, options.random ?? Math.random);
        counters.increment("pipeline_failures");
        options.onPipelineState?.("failed", `pipeline failed: ${describe(error)}; restart in ${delayMs} ms`);
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          if (stopped) return;
          startedMs = options.clock.monotonic();
          subscribe();
          options.onPipelineState?.("restarted", `pipeline restarted after ${failures} failure(s)`);
        }, delayMs);
      },
    });
  };

  subscribe();
  transport.start({
    onData: (chunk) => {
      if (subscription) input.next(chunk);
      else counters.increment("pipeline_bytes_dropped", chunk.length);
    },
    onState: onTransportState,
  });
  return {
    // Completing the input flushes the open batch and window before the subscription ends.
    stop: async () => {
      stopped = true;
      clearTimeout(restartTimer);
      await transport.stop();
      input.complete();
      subscription?.unsubscribe();
    },
  };
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
