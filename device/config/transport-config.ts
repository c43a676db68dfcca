// How a sensor is reached. Each transport type contributes its config shape here and its
// constructor in transports/registry.ts; a sensor's config picks one by "type".
import { array, number, object, optional, type Spec, string, tagged } from "./schema.ts";

export const serialTransportSpec = object({
  path: string(),
  baudRate: number({ default: 115_200, integer: true, min: 1200 }),
  silenceTimeoutMs: number({ default: 15_000, min: 100 }),
});

const uuid = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** UUIDs default to the Nordic UART Service layout (docs/ble.md). */
export const bleTransportSpec = object({
  address: string({ pattern: /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/ }),
  serviceUuid: optional(string({ pattern: uuid })),
  dataCharacteristicUuid: optional(string({ pattern: uuid })),
  commandCharacteristicUuid: optional(string({ pattern: uuid })),
  silenceTimeoutMs: number({ default: 15_000, min: 100 }),
  connectTimeoutMs: number({ default: 10_000, min: 100 }),
});

/** Firmata counts its sampling interval in whole ms (at least 10): the rate must divide 1000 Hz. */
const firmataRateHz: Spec<number> = {
  parse(value, path, errors, env) {
    const rate = number({ default: 100, integer: true, min: 1, max: 100 }).parse(value, path, errors, env);
    if (Number.isInteger(rate) && rate >= 1 && 1000 % rate !== 0)
      errors.push(`${path}: 1000 / ${rate} Hz is no whole number of ms (Firmata's sampling interval)`);
    return rate;
  },
};

/** Analog inputs of a Firmata board, framed as sample blocks (docs/bed-integration.md). */
export const firmataTransportSpec = object({
  path: string(),
  baudRate: number({ default: 57_600, integer: true, min: 1200 }),
  /** Analog channels (0 = A0), in the sensor's channel order. */
  pins: array(number({ integer: true, min: 0, max: 15 }), { minItems: 1 }),
  rateHz: firmataRateHz,
  silenceTimeoutMs: number({ default: 5_000, min: 100 }),
  reportVersionTimeoutMs: number({ default: 1_000, min: 50 }),
  handshakeTimeoutMs: number({ default: 10_000, min: 500 }),
});

export const transportSpec = tagged("type", {
  serial: serialTransportSpec,
  ble: bleTransportSpec,
  firmata: firmataTransportSpec,
});
