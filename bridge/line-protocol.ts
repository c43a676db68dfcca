// InfluxDB line protocol for our Point type, built directly: the influx client's writePoints stores
// integers as floats without a schema and costs several times the CPU (see STACK.md). Escaping follows
// the client's own `escape` rules for measurements, tag keys/values and field keys.
import { escape as influxEscape } from "influx";
import type { FieldValue, Point } from "./sink.ts";

function fieldValue(value: FieldValue): string {
  switch (typeof value) {
    case "bigint":
      return `${value}i`;
    case "number":
      // Validation keeps NaN and Infinity out; this guard keeps one bad field from failing a whole request.
      if (!Number.isFinite(value)) throw new Error(`non-finite float ${value}`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return `"${value.replace(/[\\"]/g, "\\$&")}"`;
  }
}

function tagSet(tags: Readonly<Record<string, string>>): string {
  let out = "";
  // InfluxDB recommends tags sorted by key; it saves the server a sort per line.
  for (const key of Object.keys(tags).sort()) {
    const value = tags[key];
    if (value === undefined || value === "") continue;
    out += `,${influxEscape.tag(key)}=${influxEscape.tag(value)}`;
  }
  return out;
}

function fieldSet(fields: Readonly<Record<string, FieldValue>>): string {
  let out = "";
  for (const [key, value] of Object.entries(fields)) {
    out += `${out === "" ? "" : ","}${influxEscape.tag(key)}=${fieldValue(value)}`;
  }
  return out;
}

/**
 * Lines joined by "\n". Points of one sample batch share one tags object, so the series key is built
 * once per batch rather than once per point.
 */
export function toLineProtocol(points: readonly Point[]): string {
  const lines: string[] = [];
  let lastTags: Point["tags"] | undefined;
  let lastMeasurement = "";
  let seriesKey = "";
  for (const point of points) {
    if (point.tags !== lastTags || point.measurement !== lastMeasurement) {
      lastTags = point.tags;
      lastMeasurement = point.measurement;
      seriesKey = influxEscape.measurement(point.measurement) + tagSet(point.tags);
    }
    lines.push(`${seriesKey} ${fieldSet(point.fields)} ${point.timeNs}`);
  }
  return lines.join("\n");
}
