// The bedside alarm's place in the agent config ("localAlarm"): which Firmata board, which output pin per
// sensor, and which alert kinds drive it. The board may be the one a Firmata sensor is read from (same
// path: the two share one connection) or a separate IO box (an Arduino with an LED, buzzer or relay).
import { array, number, object, optional, string } from "../config/schema.ts";

export const DEFAULT_ALARM_KINDS = ["bed_exit", "no_breathing"] as const;

export const localAlarmSpec = object({
  path: string(),
  baudRate: number({ default: 57_600, integer: true, min: 1200 }),
  /** Alert kinds that switch an output on (default: bed_exit and no_breathing). */
  alertKinds: optional(array(string({ pattern: /^[a-z][a-z0-9_]{0,63}$/ }), { minItems: 1 })),
  /** One digital output per sensor (several entries for one sensor drive several outputs, e.g. LED and buzzer). */
  outputs: array(
    object({
      sensorId: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/ }),
      pin: number({ integer: true, min: 0, max: 127 }),
    }),
    { minItems: 1 },
  ),
  reportVersionTimeoutMs: number({ default: 1_000, min: 50 }),
  handshakeTimeoutMs: number({ default: 10_000, min: 500 }),
});
