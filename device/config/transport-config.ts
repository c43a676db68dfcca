// How a sensor is reached. Each transport type contributes its config shape here and its
// constructor in transports/registry.ts; a sensor's config picks one by "type".
import { number, object, string, tagged } from "./schema.ts";

export const serialTransportSpec = object({
  path: string(),
  baudRate: number({ default: 115_200, integer: true, min: 1200 }),
  silenceTimeoutMs: number({ default: 15_000, min: 100 }),
});

export const transportSpec = tagged("type", {
  serial: serialTransportSpec,
});
