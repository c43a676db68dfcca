// Names the bridge owns in InfluxDB (documented in docs/influx-schema.md). Device-chosen names
// (sample streams, observation names) become measurements too, so they must not collide with these.

export const MEASUREMENT = {
  envelope: "envelope",
  alert: "alert",
  event: "event",
  prediction: "prediction",
  deviceStatus: "device_status",
  sensorStatus: "sensor_status",
  commandAck: "command_ack",
  bridgeStats: "bridge_stats",
} as const;

export const RESERVED_MEASUREMENTS: ReadonlySet<string> = new Set(Object.values(MEASUREMENT));

/** Measurement and field names chosen by devices: plain identifiers, so queries need no quoting. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Tag values chosen by devices (sensor ids, alert kinds): no spaces, quotes, commas or control characters. */
export const TAG_VALUE = /^[A-Za-z0-9_.:@/-]{1,128}$/;

/** Field names the bridge writes itself next to device-chosen ones. */
export const SAMPLE_RESERVED_FIELDS: ReadonlySet<string> = new Set(["sensor_seq"]);
export const OBSERVATION_RESERVED_FIELDS: ReadonlySet<string> = new Set(["window_ms"]);
export const ALERT_RESERVED_FIELDS: ReadonlySet<string> = new Set(["alert_id", "message"]);
export const EVENT_RESERVED_FIELDS: ReadonlySet<string> = new Set(["detail"]);
export const STATUS_RESERVED_FIELDS: ReadonlySet<string> = new Set([
  "reason",
  "clock_offset_ms",
  "clock_synced",
  "uptime_ms",
  "agent_version",
]);
