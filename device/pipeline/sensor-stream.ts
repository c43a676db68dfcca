// Connects a transport to a sensor pipeline and hands each outgoing payload to `emit`.
// This is the only place the agent turns callbacks into Observables.
import { asyncScheduler, Observable } from "rxjs";
import type { SensorDefinition } from "../sensors/sensor-definition.ts";
import type { ByteTransport, TransportState } from "../transports/transport.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { buildSensorPipeline, type SensorPipelineOptions } from "./sensor-pipeline.ts";

export interface SensorStream {
  stop(): Promise<void>;
}

export function startSensorStream<Reading, Settings>(
  transport: ByteTransport,
  definition: SensorDefinition<Reading, Settings>,
  settings: Settings,
  options: Omit<SensorPipelineOptions, "scheduler">,
  onTransportState: (state: TransportState, reason: string) => void,
  emit: (payload: OutgoingPayload) => void,
): SensorStream {
  let input: { complete(): void } | null = null;
  const chunks = new Observable<Uint8Array>((subscriber) => {
    input = subscriber;
    transport.start({ onData: (chunk) => subscriber.next(chunk), onState: onTransportState });
    return () => void transport.stop();
  });
  const subscription = buildSensorPipeline(chunks, definition, settings, {
    ...options,
    scheduler: asyncScheduler,
  }).subscribe({
    next: emit,
    error: (error: unknown) => onTransportState("closed", `pipeline failed: ${String(error)}`),
  });
  return {
    // Completing the input flushes the open batch and window before the subscription ends.
    stop: async () => {
      await transport.stop();
      input?.complete();
      subscription.unsubscribe();
    },
  };
}
